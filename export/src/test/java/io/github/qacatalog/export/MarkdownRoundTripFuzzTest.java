package io.github.qacatalog.export;

import static com.google.common.truth.Truth.assertWithMessage;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.qacatalog.fuzzing.FuzzedMarkdown;
import java.util.Optional;

/**
 * Markdown to catalog to Markdown on whatever the fuzzer makes: every file that must round-trip
 * (see {@link ParsedCatalog#mustRoundTrip()}) is rendered, read again, and gives the same catalog,
 * and rendering that gives the same text.
 *
 * <p>Without {@code JAZZER_FUZZ} each test runs once per file of its corpus under {@code
 * MarkdownRoundTripFuzzTestInputs/} in the test resources; CONTRIBUTING.md ("Fuzzing")
 * says how to run a campaign.
 */
class MarkdownRoundTripFuzzTest {

  @FuzzTest
  void anyBytes(byte[] bytes) {
    assertRoundTrip(bytes);
  }

  @FuzzTest
  void structuredMarkdown(FuzzedDataProvider data) {
    assertRoundTrip(FuzzedMarkdown.file(data));
  }

  private static void assertRoundTrip(byte[] bytes) {
    Optional<ParsedCatalog> original = ParsedCatalog.ofBytes(bytes);
    if (original.isEmpty() || !original.get().mustRoundTrip()) {
      return;
    }
    String rendered = QaMarkdownWriter.render(original.get().categories());
    ParsedCatalog reread = ParsedCatalog.ofText(rendered);
    assertWithMessage("errors of the rendered file:\n%s", rendered).that(reread.errors()).isEmpty();
    assertWithMessage("the catalog of the rendered file:\n%s", rendered)
        .that(reread.meaning()).containsExactlyElementsIn(original.get().meaning()).inOrder();
    assertWithMessage("rendering the catalog read back")
        .that(QaMarkdownWriter.render(reread.categories())).isEqualTo(rendered);
  }
}
