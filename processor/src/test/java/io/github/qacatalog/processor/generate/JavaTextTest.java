package io.github.qacatalog.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.qacatalog.processor.testing.CompiledClasses;
import io.github.qacatalog.processor.testing.HostileTexts;
import io.github.qacatalog.processor.testing.HtmlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text in string literals and in Javadoc, one hostile text at a time. */
class JavaTextTest {

  @Test
  void everyHostileTextEvaluatesToItselfAfterJavac() throws Exception {
    List<String> texts = new ArrayList<>(HostileTexts.all().values());
    StringBuilder source = new StringBuilder("package t;\npublic final class Texts {\n  public static String[] all() {\n    return new String[] {\n");
    for (String text : texts) {
      source.append("      ").append(JavaText.stringExpression(text)).append(",\n");
    }
    source.append("    };\n  }\n}\n");
    Compilation compilation = javac().compile(JavaFileObjects.forSourceString("t.Texts", source.toString()));
    assertWithMessage("%s", compilation.diagnostics()).that(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);

    String[] compiled = new CompiledClasses(compilation).callStatic("t.Texts", "all");
    assertThat(compiled).asList().containsExactlyElementsIn(texts).inOrder();
  }

  @Test
  void whatIsWrittenIsPrintableAsciiAndLineBreaksOfOurOwn() {
    for (Map.Entry<String, String> text : HostileTexts.all().entrySet()) {
      assertWithMessage(text.getKey()).that(nonAscii(JavaText.stringExpression(text.getValue()))).isEmpty();
      assertWithMessage(text.getKey()).that(nonAscii(JavaText.javadoc(text.getValue()))).isEmpty();
      assertWithMessage(text.getKey()).that(JavaText.stringLiteral(text.getValue().substring(0, Math.min(20_000, text.getValue().length()))))
          .doesNotContain("\n");
    }
  }

  @Test
  void javadocShowsEveryHostileTextAsWrittenAndNeverEndsTheComment() {
    for (Map.Entry<String, String> text : HostileTexts.all().entrySet()) {
      String doc = JavaText.javadoc(text.getValue());
      assertWithMessage(text.getKey()).that(HtmlText.unescape(doc)).isEqualTo(text.getValue());
      assertWithMessage(text.getKey()).that(doc).doesNotContain("*/");
      assertWithMessage(text.getKey()).that(doc).doesNotContain("@");
      assertWithMessage(text.getKey()).that(doc).doesNotContain("\\");
      assertWithMessage(text.getKey()).that(doc.replaceAll("&(amp|lt|gt|#x[0-9A-F]+|#47);", "")).doesNotContainMatch("[<>&]");
    }
  }

  @Test
  void javadocKeepsTheLinesOfTheTextAndNoLineEndsTheComment() {
    assertThat(JavaText.javadoc("first\n\n  indented\n*/last")).isEqualTo("first\n\n  indented\n*&#47;last");
  }

  @Test
  void aTextThatFitsOneLiteralIsOneLiteral() {
    assertThat(JavaText.literalCount("a".repeat(65_534))).isEqualTo(1);
    assertThat(JavaText.literalCount("\u20AC".repeat(21_844))).isEqualTo(1);
    assertThat(JavaText.literalCount("\u0000".repeat(32_767))).isEqualTo(1);
    assertThat(JavaText.stringExpression("short")).isEqualTo("\"short\"");
  }

  @Test
  void aLongerTextIsSplitIntoLiteralsOfAtMost65534BytesThatJoinToIt() {
    List<String> texts = List.of(
        "a".repeat(65_535),
        "\u20AC".repeat(21_845),
        "\u0000".repeat(32_768),
        "\u00E9".repeat(100_001),
        "x" + "\uD83D\uDE00".repeat(40_000),
        "\uD83D\uDE00".repeat(40_000) + "\uD800");
    for (String text : texts) {
      List<String> chunks = literals(text);
      assertThat(chunks.size()).isGreaterThan(1);
      assertThat(String.join("", chunks)).isEqualTo(text);
      for (String chunk : chunks) {
        assertThat(modifiedUtf8Bytes(chunk)).isAtMost(65_534L);
        assertThat(Character.isLowSurrogate(chunk.charAt(0)) && chunk != chunks.get(0)).isFalse();
      }
      assertThat(JavaText.stringExpression(text)).startsWith("java.lang.String.join(\"\",\n");
      assertThat(JavaText.literalCount(text)).isEqualTo(chunks.size());
    }
  }

  /** The texts of the literals that {@link JavaText#stringExpression} joins for {@code text}. */
  private static List<String> literals(String text) {
    List<String> literals = new ArrayList<>();
    int start = 0;
    for (int end : JavaText.literalEnds(text)) {
      literals.add(text.substring(start, end));
      start = end;
    }
    return literals;
  }

  private static long modifiedUtf8Bytes(String text) {
    long bytes = 0;
    for (char c : text.toCharArray()) {
      bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes;
  }

  private static String nonAscii(String written) {
    return written.replaceAll("[\\x20-\\x7E\\n]", "");
  }
}
