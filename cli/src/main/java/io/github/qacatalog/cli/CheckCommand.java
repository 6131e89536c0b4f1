package io.github.qacatalog.cli;

import io.github.qacatalog.processor.diagnostic.Reporter;
import io.github.qacatalog.processor.diagnostic.ReportingPolicy;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check}: prints every problem of the files, as the processor prints them, to stdout. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Prints the problems of each question file as the processor reports them."
        + " Exit code 0: no error; 1: an error (or a missing file); 2: a wrong command line.")
final class CheckCommand implements Callable<Integer> {
  private final InputStream stdin;

  @Spec
  private CommandSpec spec;

  @Option(names = "--strict", description = "Warnings are errors, as @QaSource(strict = true).")
  private boolean strict;

  @Option(names = "--accept", paramLabel = "CODE[:LINE]",
      description = "A warning accepted on purpose, as in @QaSource(accept = ...); repeatable.")
  private List<String> accepted = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (compiler-style lines) or github (GitHub Actions workflow commands).")
  private DiagnosticFormat format;

  @Mixin
  private InputLimit limit;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Question files (Markdown); - reads standard input.")
  private List<String> files;

  CheckCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    Reporter reporter = new Reporter(new ReportingPolicy(strict, accepted), format.sink(spec.commandLine().getOut()));
    for (String file : files) {
      reporter.reportUnknownAccepted(QuestionFileReader.displayName(file));
      QuestionFileCompilation.compile(file, limit.maxBytes(), stdin, reporter);
    }
    return reporter.failed() ? Main.FAILED : Main.OK;
  }
}
