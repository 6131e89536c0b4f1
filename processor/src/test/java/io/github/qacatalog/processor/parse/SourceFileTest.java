package io.github.qacatalog.processor.parse;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceFileTest {

  @Test
  void positionsAreOneBasedLinesAndColumns() {
    SourceFile file = SourceFile.of("ab\ncd\n\nef");

    assertThat(file.positionOf(0)).isEqualTo(new SourcePosition(1, 1));
    assertThat(file.positionOf(4)).isEqualTo(new SourcePosition(2, 2));
    assertThat(file.positionOf(6)).isEqualTo(new SourcePosition(3, 1));
    assertThat(file.positionOf(7)).isEqualTo(new SourcePosition(4, 1));
    assertThat(file.positionOf(9)).isEqualTo(new SourcePosition(4, 3));
  }

  @Test
  void positionsAreTheSameInWhateverOrderTheyAreAsked() {
    StringBuilder text = new StringBuilder();
    for (int line = 0; line < 200; line++) {
      text.append("x".repeat(line % 7)).append('\n');
    }
    SourceFile file = SourceFile.of(text.toString());
    SourcePosition[] expected = new SourcePosition[text.length() + 1];
    int line = 1;
    int column = 1;
    for (int offset = 0; offset <= text.length(); offset++) {
      expected[offset] = new SourcePosition(line, column);
      boolean lineEnd = offset < text.length() && text.charAt(offset) == '\n';
      line = lineEnd ? line + 1 : line;
      column = lineEnd ? 1 : column + 1;
    }

    for (int offset = 0; offset <= text.length(); offset++) {
      assertThat(file.positionOf(offset)).isEqualTo(expected[offset]);
    }
    for (int offset = text.length(); offset >= 0; offset--) {
      assertThat(file.positionOf(offset)).isEqualTo(expected[offset]);
    }
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      int offset = random.nextInt(text.length() + 1);
      assertThat(file.positionOf(offset)).isEqualTo(expected[offset]);
    }
  }

  @Test
  void invalidUtf8IsReportedAtTheLineOfTheFirstBadByte() {
    byte[] bytes = "## A\n\n1. caf".getBytes(StandardCharsets.UTF_8);
    byte[] withBadByte = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, withBadByte, 0, bytes.length);
    withBadByte[bytes.length] = (byte) 0xE9;
    withBadByte[bytes.length + 1] = '?';
    Diagnostics diagnostics = new Diagnostics();

    assertThat(SourceFile.decode(withBadByte, diagnostics)).isEmpty();
    Diagnostic only = diagnostics.inFileOrder().get(0);
    assertThat(only.message()).isEqualTo(Message.FILE_NOT_UTF8);
    assertThat(only.position().line()).isEqualTo(3);
    assertThat(only.text()).contains("0xE9");
  }

  @Test
  void invalidUtf8IsReportedAtTheColumnOfTheFirstBadByte() {
    assertThat(badBytePosition("## A\n\n1. caf", "?")).isEqualTo(new SourcePosition(3, 7));
    assertThat(badBytePosition("\uFEFF## \u00e9t\u00e9 \uD83D\uDE00", "")).isEqualTo(new SourcePosition(1, 10));
  }

  @Test
  void invalidUtf8AfterOtherLineEndingsIsReportedWhereAnEditorShowsIt() {
    assertThat(badBytePosition("## A\r\n\r\n1. ab", "")).isEqualTo(new SourcePosition(3, 6));
    assertThat(badBytePosition("## A\r\r1. ab", "")).isEqualTo(new SourcePosition(3, 6));
    assertThat(badBytePosition("## A\r", "")).isEqualTo(new SourcePosition(2, 1));
  }

  /** Where the byte 0xE9 is reported when it stands between {@code before} and {@code after}. */
  private static SourcePosition badBytePosition(String before, String after) {
    byte[] start = before.getBytes(StandardCharsets.UTF_8);
    byte[] end = after.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[start.length + 1 + end.length];
    System.arraycopy(start, 0, bytes, 0, start.length);
    bytes[start.length] = (byte) 0xE9;
    System.arraycopy(end, 0, bytes, start.length + 1, end.length);
    Diagnostics diagnostics = new Diagnostics();
    assertThat(SourceFile.decode(bytes, diagnostics)).isEmpty();
    assertThat(diagnostics.inFileOrder()).hasSize(1);
    return diagnostics.inFileOrder().get(0).position();
  }

  @Test
  void byteOrderMarkAndCrlfAreAccepted() {
    byte[] bytes = "\uFEFF## A\r\n1. x\r\n".getBytes(StandardCharsets.UTF_8);
    Diagnostics diagnostics = new Diagnostics();

    assertThat(SourceFile.decode(bytes, diagnostics).orElseThrow().text()).isEqualTo("## A\n1. x\n");
    assertThat(diagnostics.inFileOrder()).isEmpty();
  }
}
