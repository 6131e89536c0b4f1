package io.github.qacatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.testing.CatalogModels;
import io.github.qacatalog.processor.testing.CatalogModels.CategorySpec;
import io.github.qacatalog.processor.testing.CatalogModels.QuestionSpec;
import io.github.qacatalog.processor.testing.GeneratedCatalog;
import io.github.qacatalog.processor.parse.SourceFile;
import io.github.qacatalog.processor.testing.PropertyCheck;
import io.github.qacatalog.processor.testing.QuestionLikeLines;
import io.github.qacatalog.processor.testing.RandomMarkdown;
import io.github.qacatalog.processor.testing.RandomTexts;
import io.github.qacatalog.processor.testing.Sources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties over random inputs (see {@link PropertyCheck} for the seed and a longer campaign):
 * the generated code compiles and gives back every text exactly, no input makes the processor
 * throw, and no line that reads as a question is lost without a word.
 */
class RoundTripPropertiesTest {

  @Test
  void everyRandomTextComesBackExactlyFromTheCompiledCatalog() {
    PropertyCheck.forAll("random texts round-trip through generated code", 100,
        RoundTripPropertiesTest::randomCatalog,
        categories -> GeneratedCatalog.compile(CatalogModels.catalog(categories)).assertHolds(CatalogModels.catalog(categories)),
        RoundTripPropertiesTest::smaller,
        categories -> categories.stream().map(RoundTripPropertiesTest::describe).collect(Collectors.joining("\n")));
  }

  @Test
  void randomFilesThroughJavacEitherFailWithMessagesOrCompileToTheirTexts(@TempDir Path root) {
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger compiled = new AtomicInteger();
    AtomicInteger withParaphrases = new AtomicInteger();
    PropertyCheck.forAll("random files through the processor", 100,
        random -> RandomMarkdown.file(RandomMarkdown.lines(random), random),
        file -> {
          runs.incrementAndGet();
          if (assertProcessorRun(root, file)) {
            compiled.incrementAndGet();
            if (file.contains("- Wording ")) {
              withParaphrases.incrementAndGet();
            }
          }
        },
        file -> PropertyCheck.withoutRuns(List.of(file.split("\n", -1))).stream().map(l -> String.join("\n", l)).toList(),
        PropertyCheck::show);
    // Files with errors only test the messages; enough of them must compile to test the round trip.
    assertWithMessage("random files that compiled, of %s", runs.get()).that(compiled.get()).isAtLeast(runs.get() / 4);
    assertWithMessage("random files with paraphrases that compiled, of %s", runs.get())
        .that(withParaphrases.get()).isAtLeast(runs.get() / 10);
  }

  @Test
  void noInputMakesTheCatalogCompilerThrow() {
    PropertyCheck.forAll("no exception from any bytes", 3_000,
        random -> mangled(RandomMarkdown.file(RandomMarkdown.lines(random), random).getBytes(StandardCharsets.UTF_8), random),
        bytes -> {
          CatalogCompiler.Result result = CatalogCompiler.compile(bytes, "com.example", "QaCatalog", "QA.md", new Diagnostics());
          assertThat(result.javaFile().isPresent()).isEqualTo(!result.diagnostics().hasErrors());
          result.javaFile().ifPresent(source -> assertThat(source.text().replaceAll("[\\x20-\\x7E\\n]", "")).isEmpty());
        },
        bytes -> List.of(),
        bytes -> PropertyCheck.show(new String(bytes, StandardCharsets.ISO_8859_1)));
  }

  @Test
  void everyLineThatReadsAsAQuestionIsOneOrIsReported() {
    PropertyCheck.forAll("no question lost without a word", 500,
        random -> RandomMarkdown.file(RandomMarkdown.lines(random), random),
        file -> {
          CatalogCompiler.Result result = CatalogCompiler.compile(file.getBytes(StandardCharsets.UTF_8), "com.example",
              "QaCatalog", "QA.md", new Diagnostics());
          String text = SourceFile.of(file).text();
          assertThat(QuestionLikeLines.unaccounted(text, result.catalog().orElseThrow(), result.diagnostics().inFileOrder()))
              .isEmpty();
        },
        file -> PropertyCheck.withoutRuns(List.of(file.split("\n", -1))).stream().map(l -> String.join("\n", l)).toList(),
        PropertyCheck::show);
  }

  private static List<CategorySpec> randomCatalog(SplittableRandom random) {
    List<CategorySpec> categories = new ArrayList<>();
    int number = 1;
    int count = random.nextInt(1, 4);
    for (int c = 0; c < count; c++) {
      List<QuestionSpec> questions = new ArrayList<>();
      // Now and then a section large enough to be split into parts.
      int size = random.nextInt(15) == 0 ? random.nextInt(1_001, 1_100) : random.nextInt(1, 6);
      for (int q = 0; q < size; q++, number++) {
        boolean ownId = random.nextInt(3) == 0;
        String id = ownId ? RandomTexts.text(random) + "#" + number : "Q" + number;
        Optional<String> answer = random.nextBoolean() ? Optional.of(RandomTexts.text(random)) : Optional.empty();
        String text = size > 100 ? "Question " + number + RandomTexts.word(random) : RandomTexts.text(random);
        List<String> paraphrases = new ArrayList<>();
        for (int p = random.nextInt(3) == 0 ? random.nextInt(1, 4) : 0; p > 0; p--) {
          paraphrases.add(RandomTexts.text(random));
        }
        questions.add(new QuestionSpec("Q" + number, id, random.nextInt(4) == 0 ? 0 : number,
            random.nextInt(1, 1_000_000), text, answer, paraphrases));
      }
      Optional<String> description = random.nextBoolean() ? Optional.of(RandomTexts.text(random)) : Optional.empty();
      categories.add(new CategorySpec(RandomTexts.text(random), "C" + c, description, questions));
    }
    return categories;
  }

  /** Runs javac with the processor on {@code file}; returns whether it compiled. */
  private static boolean assertProcessorRun(Path root, String file) {
    // A lone surrogate cannot be written as UTF-8; getBytes writes '?' instead, as an editor would.
    byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
    try {
      Files.write(root.resolve("QA.md"), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CatalogCompiler.Result expected = CatalogCompiler.compile(bytes, "com.example", "QaCatalog", "QA.md", new Diagnostics());
    Compilation compilation = javac().withProcessors(new QaCatalogProcessor())
        .withOptions("-Aqacatalog.root=" + root).compile(Sources.qaSource("QA.md"));

    List<String> errors = compilation.diagnostics().stream().filter(d -> d.getKind() == Kind.ERROR)
        .map(d -> d.getMessage(null)).toList();
    for (String error : errors) {
      assertWithMessage("every error is a message about the file").that(error).matches("(?s).*QA\\.md:\\d+:\\d+: error: .*");
      assertThat(error).doesNotContain("internal error");
    }
    assertWithMessage("javac's errors: %s", errors).that(compilation.status() == Compilation.Status.SUCCESS)
        .isEqualTo(!expected.diagnostics().hasErrors());
    if (compilation.status() != Compilation.Status.SUCCESS) {
      return false;
    }
    GeneratedCatalog.of(compilation, "com.example.QaCatalog").assertHolds(expected.catalog().orElseThrow());
    return true;
  }

  /** Bytes with a few random changes: cut, overwritten with bytes that are not UTF-8, doubled. */
  private static byte[] mangled(byte[] bytes, SplittableRandom random) {
    byte[] result = bytes.clone();
    int changes = random.nextInt(4);
    for (int i = 0; i < changes && result.length > 0; i++) {
      int at = random.nextInt(result.length);
      switch (random.nextInt(3)) {
        case 0 -> result = java.util.Arrays.copyOf(result, at);
        case 1 -> result[at] = (byte) (0x80 + random.nextInt(0x80));
        default -> {
          byte[] doubled = new byte[result.length + at];
          System.arraycopy(result, 0, doubled, 0, result.length);
          System.arraycopy(result, 0, doubled, result.length, at);
          result = doubled;
        }
      }
    }
    return result;
  }

  /** Smaller variants: a category or a question dropped, or a text cut in half. */
  private static List<List<CategorySpec>> smaller(List<CategorySpec> categories) {
    List<List<CategorySpec>> variants = new ArrayList<>();
    for (int c = 0; c < categories.size() && categories.size() > 1; c++) {
      List<CategorySpec> without = new ArrayList<>(categories);
      without.remove(c);
      variants.add(without);
    }
    for (int c = 0; c < categories.size(); c++) {
      CategorySpec category = categories.get(c);
      for (int q = 0; q < category.questions().size() && category.questions().size() > 1; q++) {
        List<QuestionSpec> questions = new ArrayList<>(category.questions());
        questions.remove(q);
        variants.add(replace(categories, c, new CategorySpec(category.title(), category.typeName(), category.description(), questions)));
      }
      if (category.title().length() > 1) {
        variants.add(replace(categories, c, new CategorySpec(half(category.title()), category.typeName(),
            category.description(), category.questions())));
      }
      for (int q = 0; q < category.questions().size(); q++) {
        QuestionSpec question = category.questions().get(q);
        if (!question.paraphrases().isEmpty()) {
          List<QuestionSpec> questions = new ArrayList<>(category.questions());
          questions.set(q, new QuestionSpec(question.constantName(), question.id(), question.number(), question.line(),
              question.text(), question.answer(), question.paraphrases().subList(1, question.paraphrases().size())));
          variants.add(replace(categories, c, new CategorySpec(category.title(), category.typeName(), category.description(), questions)));
        }
        if (question.text().length() > 1) {
          List<QuestionSpec> questions = new ArrayList<>(category.questions());
          questions.set(q, new QuestionSpec(question.constantName(), question.id(), question.number(), question.line(),
              half(question.text()), question.answer(), question.paraphrases()));
          variants.add(replace(categories, c, new CategorySpec(category.title(), category.typeName(), category.description(), questions)));
        }
      }
    }
    return variants;
  }

  private static List<CategorySpec> replace(List<CategorySpec> categories, int index, CategorySpec category) {
    List<CategorySpec> replaced = new ArrayList<>(categories);
    replaced.set(index, category);
    return replaced;
  }

  private static String half(String text) {
    return text.substring(0, text.length() / 2);
  }

  private static String describe(CategorySpec category) {
    return "## " + PropertyCheck.show(category.title()) + " " + category.description().map(PropertyCheck::show).orElse("-")
        + category.questions().stream().limit(20).map(q -> "\n  " + q.constantName() + " id=" + PropertyCheck.show(q.id())
            + " text=" + PropertyCheck.show(q.text()) + " answer=" + q.answer().map(PropertyCheck::show).orElse("-")
            + " paraphrases=" + q.paraphrases().stream().map(PropertyCheck::show).toList())
        .collect(Collectors.joining());
  }
}
