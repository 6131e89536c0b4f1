package io.github.qacatalog.processor.validate;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code src/test/resources/diagnostics/NAME.md} is compiled, and the first line of every
 * message it gives must equal the lines of {@code NAME.expected}, in order. After an intended
 * change of wording, regenerate them with {@code QACATALOG_UPDATE_GOLDEN=true} (see
 * GoldenFileTest) and review the diff.
 */
class DiagnosticFixturesTest {
  private static final boolean UPDATE = Boolean.parseBoolean(System.getenv("QACATALOG_UPDATE_GOLDEN"));
  private static final Path SOURCE_DIRECTORY = Path.of("src/test/resources/diagnostics");

  /** Messages that concern the file as a whole or the annotation; the processor tests cover them. */
  private static final Set<Message> NOT_FROM_FILE_CONTENT = EnumSet.of(
      Message.FILE_NOT_FOUND, Message.FILE_UNREADABLE, Message.FILE_TOO_LARGE, Message.INTERNAL_ERROR,
      Message.INTERNAL_FAILURE, Message.UNKNOWN_ACCEPT, Message.INVALID_CLASS_NAME, Message.CLASS_GENERATED_TWICE,
      Message.WRITE_FAILED, Message.INPUT_TOO_LARGE, Message.UNUSED_ACCEPT, Message.OUT_OF_MEMORY);

  /**
   * Limits of the JVM that only files of hundreds of kilobytes reach; ClassFileLimitsTest builds
   * such files in memory.
   */
  private static final Set<Message> TOO_LARGE_FOR_A_FIXTURE = EnumSet.of(
      Message.METHOD_TOO_LARGE, Message.TOO_MANY_CONSTANTS);

  static Stream<String> fixtures() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(directory())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void messagesMatchTheExpectedFile(String fixture) throws Exception {
    List<String> actual = messages(fixture);
    String expectedName = fixture.replaceFirst("\\.md$", ".expected");
    if (UPDATE) {
      Files.write(SOURCE_DIRECTORY.resolve(expectedName), actual, StandardCharsets.UTF_8);
    }
    Path expectedFile = (UPDATE ? SOURCE_DIRECTORY : directory()).resolve(expectedName);
    assertThat(actual).containsExactlyElementsIn(Files.readAllLines(expectedFile, StandardCharsets.UTF_8)).inOrder();
  }

  @Test
  void everyMessageAboutTheFilesContentHasAFixture() throws Exception {
    Set<Message> seen = EnumSet.noneOf(Message.class);
    for (String fixture : fixtures().toList()) {
      for (Diagnostic diagnostic : compile(fixture).inFileOrder()) {
        seen.add(diagnostic.message());
      }
    }
    Set<Message> missing = EnumSet.complementOf(EnumSet.copyOf(seen));
    missing.removeAll(NOT_FROM_FILE_CONTENT);
    missing.removeAll(TOO_LARGE_FOR_A_FIXTURE);
    assertThat(missing).isEmpty();
  }

  private static List<String> messages(String fixture) throws Exception {
    return compile(fixture).inFileOrder().stream()
        .map(d -> d.format(fixture).lines().findFirst().orElseThrow())
        .toList();
  }

  private static Diagnostics compile(String fixture) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    CatalogCompiler.compile(Files.readAllBytes(directory().resolve(fixture)), "com.example", "QaCatalog", fixture,
        diagnostics);
    return diagnostics;
  }

  private static Path directory() throws URISyntaxException {
    return Path.of(DiagnosticFixturesTest.class.getResource("/diagnostics").toURI());
  }
}
