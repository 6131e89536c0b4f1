package io.github.qacatalog.eval.report;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir Path dir;

  @Test
  void aWriterThatFailsHalfWayLeavesThePreviousFileAndNoTemporaryOne() throws IOException {
    Path file = Files.writeString(dir.resolve("summary.csv"), "the previous report\n");

    IOException e = assertThrows(IOException.class, () -> ReportFiles.replaceAtomically(file, path -> {
      Files.writeString(path, "half a rep");
      throw new IOException("disk full");
    }));

    assertThat(e).hasMessageThat().isEqualTo("disk full");
    assertThat(Files.readString(file)).isEqualTo("the previous report\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("summary.csv");
    }
  }

  @Test
  void aWriterThatSucceedsReplacesTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("junit.xml"), "old");
    ReportFiles.replaceAtomically(file, path -> Files.writeString(path, "new"));
    assertThat(Files.readString(file)).isEqualTo("new");
  }
}
