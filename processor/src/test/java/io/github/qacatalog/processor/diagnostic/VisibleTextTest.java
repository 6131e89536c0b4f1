package io.github.qacatalog.processor.diagnostic;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

  @Test
  void invisibleCharactersAreWrittenAsEscapes() {
    assertThat(VisibleText.of("\u200B")).isEqualTo("\\u200B");
    assertThat(VisibleText.of("a\u200Db\uFEFFc\u00ADd\u2060")).isEqualTo("a\\u200Db\\uFEFFc\\u00ADd\\u2060");
    assertThat(VisibleText.of("\u00A0\u3000\t")).isEqualTo("\\u00A0\\u3000\\u0009");
    assertThat(VisibleText.of("tag\uDB40\uDC41")).isEqualTo("tag\\uDB40\\uDC41");
    assertThat(VisibleText.of("lone \uD800")).isEqualTo("lone \\uD800");
  }

  @Test
  void visibleTextIsLeftAsItIs() {
    String text = "Café Qa 質問 \uD83D\uDE00 e\u0301 \"quoted\" C:\\dir";
    assertThat(VisibleText.of(text)).isSameInstanceAs(text);
  }
}
