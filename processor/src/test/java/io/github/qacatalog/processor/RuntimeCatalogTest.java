package io.github.qacatalog.processor;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.processor.testing.CompiledFile;
import io.github.qacatalog.processor.testing.GeneratedCatalog;
import io.github.qacatalog.processor.testing.SeedFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RuntimeCatalog} gives what the generated class gives, for every value of the runtime interfaces. */
class RuntimeCatalogTest {

  /** Every value a user can read, category by category and item by item. */
  private static List<String> values(List<QaCategory> categories, List<QaItem> all) {
    List<String> values = new ArrayList<>();
    for (QaCategory category : categories) {
      values.add("category " + category.title() + " | " + category.description() + " | " + category.items().size());
      for (QaItem item : category.items()) {
        values.add(item + " | " + item.id() + " | " + item.number() + " | " + item.question() + " | " + item.answer()
            + " | " + item.paraphrases() + " | " + item.line() + " | " + item.category().title() + " | " + (item.category() == category));
      }
    }
    all.forEach(item -> values.add("all " + item.id()));
    return values;
  }

  private static void assertSameAsGenerated(CompiledFile file) {
    GeneratedCatalog generated = GeneratedCatalog.compile(file.catalog());
    RuntimeCatalog runtime = RuntimeCatalog.of(file.catalog());

    assertThat(values(runtime.categories(), runtime.all()))
        .containsExactlyElementsIn(values(generated.categories(), generated.all())).inOrder();
  }

  @Test
  void seedGivesWhatItsGeneratedClassGives() {
    assertSameAsGenerated(CompiledFile.ofResource(SeedFile.RESOURCE));
  }

  @Test
  void questionsWithAnswersAndDescriptionsGiveWhatTheGeneratedClassGives() {
    assertSameAsGenerated(CompiledFile.ofResource("golden/answers.md"));
    assertSameAsGenerated(CompiledFile.ofResource("forms/category-description.md"));
  }

  @Test
  void paraphrasesGiveWhatTheGeneratedClassGives() {
    CompiledFile file = CompiledFile.ofResource("golden/paraphrases.md");
    assertSameAsGenerated(file);
    assertThat(RuntimeCatalog.of(file.catalog()).all().get(0).paraphrases()).containsExactly(
        "What does \"Building Reliable Systems\" mean to you?",
        "How would you sum up your approach to reliable systems?").inOrder();
  }
}
