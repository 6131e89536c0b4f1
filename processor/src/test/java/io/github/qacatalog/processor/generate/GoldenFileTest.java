package io.github.qacatalog.processor.generate;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Compares generated sources with golden files under {@code src/test/resources/golden}. After an
 * intended change to the generator, regenerate them with {@code QACATALOG_UPDATE_GOLDEN=true
 * ./mvnw -pl processor -am test -Dtest=GoldenFileTest -Dsurefire.failIfNoSpecifiedTests=false}
 * and review the diff.
 */
class GoldenFileTest {
  private static final boolean UPDATE = Boolean.parseBoolean(System.getenv("QACATALOG_UPDATE_GOLDEN"));

  @Test
  void smallCatalog() throws IOException {
    assertGolden("golden/small.md", "golden/small/QaCatalog.java");
  }

  @Test
  void catalogWithIdsAndAnswers() throws IOException {
    assertGolden("golden/answers.md", "golden/answers/QaCatalog.java");
  }

  @Test
  void explicitIds() throws IOException {
    assertGolden("golden/ids.md", "golden/ids/QaCatalog.java");
  }

  /** Paraphrases in both forms: only the enums whose questions have some store and return them. */
  @Test
  void paraphrases() throws IOException {
    assertGolden("golden/paraphrases.md", "golden/paraphrases/QaCatalog.java");
  }

  /** A section of more than 1,000 questions: an interface over Part1 and Part2. */
  @Test
  void splitSection() throws IOException {
    assertGolden("golden/split.md", "golden/split/QaCatalog.java");
  }

  /** A description and an answer of more than 65,534 bytes: joined literals, and a table of two chunks. */
  @Test
  void textsLongerThanOneLiteral() throws IOException {
    assertGolden("golden/long-text.md", "golden/long-text/QaCatalog.java");
  }

  private static void assertGolden(String input, String golden) throws IOException {
    CatalogCompiler.Result result = CatalogCompiler.compile(
        TestFiles.bytes(input), "com.example", "QaCatalog", input, new Diagnostics());
    String generated = result.javaFile().orElseThrow(() -> new AssertionError(
        "no source generated: " + result.diagnostics().inFileOrder())).toString();
    if (UPDATE) {
      Path file = Path.of("src/test/resources").resolve(golden);
      Files.createDirectories(file.getParent());
      Files.writeString(file, generated, StandardCharsets.UTF_8);
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(generated);
    } else {
      assertThat(generated).isEqualTo(TestFiles.text(golden));
    }
  }
}
