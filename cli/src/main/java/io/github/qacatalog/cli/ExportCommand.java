package io.github.qacatalog.cli;

import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.RuntimeCatalog;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.Reporter;
import io.github.qacatalog.processor.diagnostic.ReportingPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export}: writes the catalog to stdout in an export format, and its problems to stderr.
 * A file with an error writes nothing to stdout. The export is written to a temporary file first
 * and copied to stdout once whole, so that a failure on the way prints none of it, and the export
 * of a large catalog never has to fit in the heap.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the catalog of a question file to stdout; its problems go to stderr."
        + " Exit code 0: written; 1: the file has an error, nothing written; 2: a wrong command line.")
final class ExportCommand implements Callable<Integer> {
  private final InputStream stdin;

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", required = true,
      description = "jsonl, csv or md: the formats of qacatalog-export.")
  private ExportFormat format;

  @Mixin
  private InputLimit limit;

  @Parameters(paramLabel = "FILE", description = "The question file (Markdown); - reads standard input.")
  private String file;

  ExportCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    Reporter reporter = new Reporter(ReportingPolicy.DEFAULT, new PlainTextSink(spec.commandLine().getErr()));
    Optional<RuntimeCatalog> catalog = QuestionFileCompilation.compile(file, limit.maxBytes(), stdin, reporter)
        .flatMap(CatalogCompiler.Result::catalog)
        .map(RuntimeCatalog::of);
    if (catalog.isEmpty()) {
      return Main.FAILED;
    }
    Path spool = null;
    try {
      spool = Files.createTempFile("qacatalog-export-", "." + format.name().toLowerCase(java.util.Locale.ROOT));
      try (Writer out = Files.newBufferedWriter(spool, StandardCharsets.UTF_8)) {
        format.write(catalog.get(), out);
      }
      try (Reader whole = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
        whole.transferTo(spec.commandLine().getOut());
      }
    } catch (IOException | UncheckedIOException e) {
      reporter.report(QuestionFileReader.displayName(file), Message.WRITE_FAILED,
          spool == null ? "a temporary file for the export" : spool.toString(), e.getMessage());
      return Main.FAILED;
    } finally {
      deleteQuietly(spool);
    }
    return Main.OK;
  }

  private static void deleteQuietly(Path spool) {
    if (spool == null) {
      return;
    }
    try {
      Files.deleteIfExists(spool);
    } catch (IOException e) {
      // A temporary file left behind is the system's to clean up; the export is done either way.
    }
  }
}
