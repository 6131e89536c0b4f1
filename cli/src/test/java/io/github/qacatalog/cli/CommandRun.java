package io.github.qacatalog.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** One run of {@link Main} in this JVM: its exit code and what it wrote, as bytes and as UTF-8 text. */
record CommandRun(int exitCode, byte[] outBytes, byte[] errBytes) {

  static CommandRun of(String... args) {
    return withInput(new byte[0], args);
  }

  /** A run whose standard input holds {@code stdin}. */
  static CommandRun withInput(byte[] stdin, String... args) {
    return withInput(new ByteArrayInputStream(stdin), args);
  }

  /** A run that reads standard input from {@code stdin}. */
  static CommandRun withInput(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode = Main.run(args, stdin, out, err);
    return new CommandRun(exitCode, out.toByteArray(), err.toByteArray());
  }

  String out() {
    return new String(outBytes, StandardCharsets.UTF_8);
  }

  String err() {
    return new String(errBytes, StandardCharsets.UTF_8);
  }
}
