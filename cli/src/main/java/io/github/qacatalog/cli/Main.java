package io.github.qacatalog.cli;

import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.Reporter;
import io.github.qacatalog.processor.diagnostic.ReportingPolicy;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs {@code qacatalog check} and {@code qacatalog export}. Exit codes: {@value #OK} when there
 * is no error, {@value #FAILED} when a file has an error (or does not exist, or cannot be read),
 * {@value #USAGE} when the command line itself is wrong. Output is UTF-8 whatever the platform's
 * default charset, with {@code \n} line ends.
 */
public final class Main {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = CommandLine.ExitCode.USAGE;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command line, writing to {@code out} and {@code err}; returns the exit code. */
  static int run(String[] args, OutputStream out, OutputStream err) {
    PrintWriter outWriter = utf8(out);
    PrintWriter errWriter = utf8(err);
    CommandLine commandLine = new CommandLine(new QaCatalogCommand())
        .setOut(outWriter)
        .setErr(errWriter)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((failure, failed, parsed) -> {
          // A bug of ours, not the user's: one message asking for a report, never a stack trace.
          new Reporter(ReportingPolicy.DEFAULT, new PlainTextSink(failed.getErr()))
              .report("", Message.INTERNAL_FAILURE, failure);
          return FAILED;
        });
    try {
      return commandLine.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }
}
