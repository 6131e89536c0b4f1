package io.github.qacatalog.cli;

import io.github.qacatalog.processor.ReportedCompilation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --max-bytes}: the largest question file read, as the processor's {@code -Aqacatalog.maxBytes}. */
final class InputLimit {
  /** The largest limit: a file is read into one Java array. */
  static final long MAX = Integer.MAX_VALUE - 9;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  private long maxBytes = ReportedCompilation.DEFAULT_MAX_BYTES;

  @Option(names = "--max-bytes", paramLabel = "N",
      description = "The largest file read, in bytes (default: ${DEFAULT-VALUE}, 64 MiB); a larger one is refused"
          + " before it is read.")
  void setMaxBytes(long value) {
    if (value < 1 || value > MAX) {
      throw new ParameterException(spec.commandLine(),
          "--max-bytes must be from 1 to " + MAX + ", not " + value);
    }
    maxBytes = value;
  }

  long maxBytes() {
    return maxBytes;
  }
}
