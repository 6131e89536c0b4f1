package io.github.qacatalog.cli.eval;

import static com.google.common.truth.Truth.assertThat;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WriterPrintStreamTest {
  @Test
  void aCharacterSplitBetweenTwoWritesArrivesWhole() {
    StringWriter text = new StringWriter();
    PrintStream stream = WriterPrintStream.of(new PrintWriter(text));
    byte[] bytes = "é ✓ 😀\n".getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      stream.write(new byte[] {b}, 0, 1);
    }
    stream.flush();
    assertThat(text.toString()).isEqualTo("é ✓ 😀\n");
  }

  @Test
  void printedLinesReachTheWriterAtOnce() {
    StringWriter text = new StringWriter();
    PrintStream stream = WriterPrintStream.of(new PrintWriter(text));
    stream.println("answers: 3 from the model");
    assertThat(text.toString()).isEqualTo("answers: 3 from the model" + System.lineSeparator());
    stream.print("x".repeat(20_000));
    stream.flush();
    assertThat(text.toString()).endsWith("x".repeat(20_000));
  }
}
