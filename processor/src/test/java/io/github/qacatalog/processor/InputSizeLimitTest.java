package io.github.qacatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.qacatalog.processor.testing.Sources;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cap on the size of a question file: 64 MiB unless {@code -Aqacatalog.maxBytes} says
 * otherwise, checked before the file is decoded, with an error that says how to raise it.
 */
class InputSizeLimitTest {
  private static final String SMALL_FILE = "## Questions\n\n1. What is the limit?\n";

  @Test
  void aFileOneByteOver64MibIsRejectedByDefault(@TempDir Path root) throws IOException {
    Path file = root.resolve("QA.md");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(SMALL_FILE.getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        out.write(spaces);
      }
      out.write(new byte[] {'\n'});
    }
    long size = Files.size(file);
    assertThat(size).isGreaterThan(64L << 20);

    Compilation compilation = compile(root, "QA.md");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(String.format(java.util.Locale.ROOT,
        "QA.md:1:1: error: the file has %,d bytes, more than the limit of 67,108,864", size));
    assertThat(compilation).hadErrorContaining("hint: raise the limit with -Aqacatalog.maxBytes=N, or split the file");
  }

  /** Issue 17.7: refused by its size, before it is read; reading 3 GiB would end in OutOfMemoryError. */
  @Test
  void aSparseFileOfThreeGibibytesIsRefusedWithoutBeingRead(@TempDir Path root) throws IOException {
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(root.resolve("QA.md").toFile(), "rw")) {
      file.setLength(3L << 30);
    }

    Compilation compilation = compile(root, "QA.md");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(
        "QA.md:1:1: error: the file has 3,221,225,472 bytes, more than the limit of 67,108,864 [file-too-large]");
  }

  @Test
  void theLimitIsInclusive(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("QA.md"), SMALL_FILE, StandardCharsets.UTF_8);
    int size = SMALL_FILE.getBytes(StandardCharsets.UTF_8).length;

    assertThat(compile(root, "QA.md", "-Aqacatalog.maxBytes=" + size)).succeededWithoutWarnings();
    Compilation oneByteLess = compile(root, "QA.md", "-Aqacatalog.maxBytes=" + (size - 1));
    assertThat(oneByteLess).hadErrorContaining("the file has " + size + " bytes, more than the limit of " + (size - 1));
  }

  private static Compilation compile(Path root, String path, String... options) {
    String[] all = new String[options.length + 1];
    all[0] = "-Aqacatalog.root=" + root;
    System.arraycopy(options, 0, all, 1, options.length);
    return javac().withProcessors(new QaCatalogProcessor()).withOptions((Object[]) all).compile(Sources.qaSource(path));
  }
}
