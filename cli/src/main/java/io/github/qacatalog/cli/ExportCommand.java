package io.github.qacatalog.cli;

import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.RuntimeCatalog;
import io.github.qacatalog.processor.diagnostic.Reporter;
import io.github.qacatalog.processor.diagnostic.ReportingPolicy;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export}: writes the catalog to stdout in an export format, and its problems to stderr.
 * A file with an error writes nothing to stdout.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the catalog of a question file to stdout; its problems go to stderr."
        + " Exit code 0: written; 1: the file has an error, nothing written; 2: a wrong command line.")
final class ExportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", required = true,
      description = "jsonl, csv or md: the formats of qacatalog-export.")
  private ExportFormat format;

  @Parameters(paramLabel = "FILE", description = "The question file (Markdown).")
  private String file;

  @Override
  public Integer call() {
    Reporter reporter = new Reporter(ReportingPolicy.DEFAULT, new PlainTextSink(spec.commandLine().getErr()));
    Optional<RuntimeCatalog> catalog = QuestionFileCompilation.compile(file, reporter)
        .flatMap(CatalogCompiler.Result::catalog)
        .map(RuntimeCatalog::of);
    if (catalog.isEmpty()) {
      return Main.FAILED;
    }
    spec.commandLine().getOut().print(format.render(catalog.get()));
    return Main.OK;
  }
}
