package io.github.qacatalog.processor.fuzz;

import static com.google.common.truth.Truth.assertWithMessage;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.qacatalog.fuzzing.FuzzedMarkdown;
import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.generate.GeneratedJavaFile;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Question;
import io.github.qacatalog.processor.testing.GeneratedCatalog;
import io.github.qacatalog.processor.testing.QuestionLikeLines;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole pipeline, bytes to generated source, on whatever the fuzzer makes: nothing throws,
 * every problem points into the file, every line that reads as a question is one or is reported
 * ({@link QuestionLikeLines}), a file without errors gets its class and the class holds every
 * question of the model. One input in {@value #COMPILE_ONE_IN} (chosen by its hash, so the
 * same ones on every run) is also compiled with javac and its texts read back from the class.
 *
 * <p>Without {@code JAZZER_FUZZ} each test runs once per file of its corpus under {@code
 * CatalogCompilerFuzzTestInputs/} in the test resources; CONTRIBUTING.md ("Fuzzing")
 * says how to run a campaign.
 */
class CatalogCompilerFuzzTest {
  private static final int COMPILE_ONE_IN = 64;
  private static final Pattern ENUM_CONSTANT = Pattern.compile("(?m)^\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*)[,;]$");

  @FuzzTest
  void anyBytes(byte[] bytes) {
    assertPipelineHolds(bytes);
  }

  @FuzzTest
  void structuredMarkdown(FuzzedDataProvider data) {
    assertPipelineHolds(FuzzedMarkdown.file(data));
  }

  private static void assertPipelineHolds(byte[] bytes) {
    CatalogCompiler.Result result = compile(bytes);

    List<String> lines = lines(bytes);
    for (Diagnostic diagnostic : result.diagnostics().inFileOrder()) {
      int line = diagnostic.position().line();
      assertWithMessage("line of %s in a file of %s lines", diagnostic, lines.size())
          .that(line).isAtMost(lines.size());
      assertWithMessage("column of %s on a line of %s chars", diagnostic, lines.get(line - 1).length())
          .that(diagnostic.position().column()).isAtMost(lines.get(line - 1).length() + 1);
    }
    boolean notUtf8 = result.diagnostics().inFileOrder().stream().anyMatch(d -> d.message() == Message.FILE_NOT_UTF8);
    assertWithMessage("a model whenever the file could be read").that(result.catalog().isPresent()).isEqualTo(!notUtf8);
    result.catalog().ifPresent(catalog -> assertWithMessage("lines that read as a question but are none and have no report")
        .that(QuestionLikeLines.unaccounted(text(bytes), catalog, result.diagnostics().inFileOrder())).isEmpty());
    assertWithMessage("generated source exactly when there is no error: %s", result.diagnostics().inFileOrder())
        .that(result.javaFile().isPresent()).isEqualTo(!result.diagnostics().hasErrors());
    if (result.javaFile().isEmpty()) {
      return;
    }
    Catalog catalog = result.catalog().orElseThrow();
    GeneratedJavaFile javaFile = result.javaFile().get();
    assertWithMessage("generated source outside printable ASCII")
        .that(javaFile.text().replaceAll("[\\x20-\\x7E\\n]", "")).isEmpty();
    Set<String> constants = constantsIn(javaFile.text());
    for (Question question : catalog.questions()) {
      assertWithMessage("constant of question %s in the generated class", question.id())
          .that(constants).contains(question.constantName());
    }
    if (Math.floorMod(Arrays.hashCode(bytes), COMPILE_ONE_IN) == 0) {
      assertWithMessage("the same source from the same bytes")
          .that(compile(bytes).javaFile().orElseThrow().text()).isEqualTo(javaFile.text());
      GeneratedCatalog.compile(javaFile).assertHolds(catalog);
    }
  }

  private static CatalogCompiler.Result compile(byte[] bytes) {
    return CatalogCompiler.compile(bytes, "com.example", "QaCatalog", "QA.md", new Diagnostics());
  }

  /** The lines of the file as an editor shows them: no byte-order mark, any line ending. */
  private static List<String> lines(byte[] bytes) {
    return List.of(text(bytes).split("\n", -1));
  }

  /** The file's text without a byte-order mark, lines ended by {@code \n}. */
  private static String text(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The names declared on lines of their own ending in {@code ,} or {@code ;}: the enum constants. */
  private static Set<String> constantsIn(String source) {
    Set<String> names = new HashSet<>();
    Matcher matcher = ENUM_CONSTANT.matcher(source);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
