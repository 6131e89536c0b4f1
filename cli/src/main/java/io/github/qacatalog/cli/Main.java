package io.github.qacatalog.cli;

import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.Reporter;
import io.github.qacatalog.processor.diagnostic.ReportingPolicy;
import java.io.InputStream;
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
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** Runs one command line, reading {@code -} from {@code in}; returns the exit code. */
  static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    PrintWriter outWriter = utf8(out);
    PrintWriter errWriter = utf8(err);
    CommandLine commandLine = new CommandLine(new QaCatalogCommand(), new Commands(in))
        .setOut(outWriter)
        .setErr(errWriter)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((failure, failed, parsed) -> {
          // A bug of ours, not the user's: one message asking for a report, never a stack trace.
          reporter(errWriter).report("", Message.INTERNAL_FAILURE, failure);
          return FAILED;
        });
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands only exceptions to the handler; an error such as this one passes through.
      reporter(errWriter).report("", Message.OUT_OF_MEMORY, "qacatalog " + String.join(" ", args), e.getMessage());
      return FAILED;
    } catch (StackOverflowError e) {
      reporter(errWriter).report("", Message.INTERNAL_FAILURE, e);
      return FAILED;
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  private static Reporter reporter(PrintWriter err) {
    return new Reporter(ReportingPolicy.DEFAULT, new PlainTextSink(err));
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }

  /** Makes the commands, which read standard input from the stream given to {@link #run}. */
  record Commands(InputStream stdin) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == CheckCommand.class) {
        return type.cast(new CheckCommand(stdin));
      }
      if (type == ExportCommand.class) {
        return type.cast(new ExportCommand(stdin));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
