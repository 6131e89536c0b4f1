package io.github.qacatalog.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** One run of {@link Main} in this JVM: its exit code and what it wrote, as bytes and as UTF-8 text. */
record CommandRun(int exitCode, byte[] outBytes, byte[] errBytes) {

  static CommandRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode = Main.run(args, out, err);
    return new CommandRun(exitCode, out.toByteArray(), err.toByteArray());
  }

  String out() {
    return new String(outBytes, StandardCharsets.UTF_8);
  }

  String err() {
    return new String(errBytes, StandardCharsets.UTF_8);
  }
}
