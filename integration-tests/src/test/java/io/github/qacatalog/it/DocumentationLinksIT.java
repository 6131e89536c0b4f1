package io.github.qacatalog.it;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every relative link of README.md, CONTRIBUTING.md, RELEASING.md and docs/ resolves, anchors included. */
class DocumentationLinksIT {
  @Test
  void everyRelativeLinkOfTheDocumentationResolves() {
    assertThat(new LinkCheck(new Documentation(Artifacts.projectRoot())).problems()).isEmpty();
  }

  @Test
  void theReadmeStaysShort() throws IOException {
    assertThat(Files.readAllLines(Artifacts.projectRoot().resolve("README.md")).size()).isAtMost(200);
  }

  @Test
  void aMissingFileAMissingAnchorAndALinkOutsideAreReported(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(root.resolve("README.md"), """
        # Title

        ## Set-up (Maven)

        [ok](docs/page.md), [ok too](docs/page.md#the-eclipse-compiler-ecj), [here](#set-up-maven),
        [web](https://example.com/#x), [gone](docs/gone.md), [no anchor](docs/page.md#nowhere),
        [out](../elsewhere.md)
        """);
    Files.writeString(root.resolve("CONTRIBUTING.md"), "[back](README.md#title)\n");
    Files.writeString(root.resolve("RELEASING.md"), "See `[not a link](nowhere.md)` in code.\n");
    Files.writeString(root.resolve("docs/page.md"), "# Page\n\n## The Eclipse compiler (ecj)\n\n[up](../README.md#set-up-maven)\n");

    assertThat(new LinkCheck(new Documentation(root)).problems()).containsExactly(
        "README.md:5: docs/gone.md: no such file docs/gone.md",
        "README.md:5: docs/page.md#nowhere: no heading with the anchor #nowhere in docs/page.md"
            + " (its anchors: [page, the-eclipse-compiler-ecj])",
        "README.md:5: ../elsewhere.md: points outside the repository");
  }

  @Test
  void headingsGetTheAnchorsGitHubGivesThem() {
    assertThat(Anchors.slug("Limits of the JVM, and how the catalog stays inside them"))
        .isEqualTo("limits-of-the-jvm-and-how-the-catalog-stays-inside-them");
    assertThat(Anchors.slug("JDK 17 to 25")).isEqualTo("jdk-17-to-25");
    assertThat(Anchors.slug("`check` and `export`")).isEqualTo("check-and-export");
    assertThat(Anchors.slug("Install from source")).isEqualTo("install-from-source");
  }
}
