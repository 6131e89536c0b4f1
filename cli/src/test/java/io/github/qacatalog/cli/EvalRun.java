package io.github.qacatalog.cli;

import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.Reporter;
import io.github.qacatalog.processor.diagnostic.ReportingPolicy;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * A run of the command line in this JVM with a given environment, so that tests set keys without
 * touching the process's: the command line of {@link Main#run}, its eval command built with the
 * environment. The jar's own environment handling is run by {@link CommandLineJarIT}.
 */
final class EvalRun {
  private EvalRun() {}

  static CommandRun of(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), false);
    // Main's commands, reading an empty standard input, with the eval command given this environment.
    CommandLine.IFactory commands = new Main.Commands(InputStream.nullInputStream());
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == EvalCommand.class ? type.cast(new EvalCommand(environment)) : commands.create(type);
      }
    };
    CommandLine commandLine = new CommandLine(new QaCatalogCommand(), factory)
        .setOut(outWriter)
        .setErr(errWriter)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((failure, failed, parsed) -> {
          new Reporter(ReportingPolicy.DEFAULT, new PlainTextSink(failed.getErr()))
              .report("", Message.INTERNAL_FAILURE, failure);
          return Main.FAILED;
        });
    int exitCode;
    try {
      exitCode = commandLine.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
    return new CommandRun(exitCode, out.toByteArray(), err.toByteArray());
  }
}
