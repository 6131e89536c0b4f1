package io.github.qacatalog.cli;

import io.github.qacatalog.processor.diagnostic.DiagnosticSink;
import java.io.PrintWriter;

/** How {@code check} prints problems. */
enum DiagnosticFormat {
  /** As the processor's messages read in a compiler's output. */
  TEXT {
    @Override
    DiagnosticSink sink(PrintWriter out) {
      return new PlainTextSink(out);
    }
  },
  /** As GitHub Actions workflow commands, which show each problem on the pull request. */
  GITHUB {
    @Override
    DiagnosticSink sink(PrintWriter out) {
      return new GitHubActionsSink(out);
    }
  };

  abstract DiagnosticSink sink(PrintWriter out);
}
