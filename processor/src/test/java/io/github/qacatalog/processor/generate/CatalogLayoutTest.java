package io.github.qacatalog.processor.generate;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.testing.CatalogModels;
import io.github.qacatalog.processor.testing.GeneratedCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A section of up to 1,000 questions is one enum; a larger one is an interface named after it
 * over enums Part1, Part2, ... of 1,000 questions each, in file order.
 */
class CatalogLayoutTest {
  private static Catalog catalog;
  private static GeneratedCatalog compiled;

  @BeforeAll
  static void compileSectionsOf1000And2001Questions() {
    catalog = CatalogModels.catalog(List.of(
        CatalogModels.numberedCategory("Small", "Small", 1, 1_000),
        CatalogModels.numberedCategory("Big", "Big", 1_001, 2_001),
        CatalogModels.numberedCategory("After", "After", 3_002, 2)));
    compiled = GeneratedCatalog.compile(catalog);
  }

  @Test
  void theLayoutSplitsOnlyAbove1000() {
    CatalogLayout layout = CatalogLayout.of(catalog);
    assertThat(layout.categories().get(0).split()).isFalse();
    assertThat(layout.categories().get(1).split()).isTrue();
    assertThat(layout.categories().get(1).parts().stream().map(part -> part.questions().size()).toList())
        .containsExactly(1_000, 1_000, 1).inOrder();
    assertThat(layout.categories().get(2).split()).isFalse();
  }

  @Test
  void aSectionOf1000QuestionsIsOneEnum() throws Exception {
    Class<?> small = compiled.nested("Small");
    assertThat(small.isEnum()).isTrue();
    assertThat(small.getEnumConstants()).hasLength(1_000);
  }

  @Test
  void questionKOfALargeSectionIsInPartCeilingOfKOver1000() throws Exception {
    Class<?> big = compiled.nested("Big");
    assertThat(big.isInterface()).isTrue();
    assertThat(QaItem.class.isAssignableFrom(big)).isTrue();
    for (int part = 1; part <= 3; part++) {
      Class<?> enumOfPart = compiled.nested("Big$Part" + part);
      assertThat(enumOfPart.isEnum()).isTrue();
      assertThat(big.isAssignableFrom(enumOfPart)).isTrue();
      assertThat(enumOfPart.getEnumConstants()).hasLength(part < 3 ? 1_000 : 1);
    }
    // Question 1 of the section is Q1001, question 1,000 is Q2000, question 2,001 is Q3001.
    assertThat(compiled.constant("Big$Part1", "Q1001").question()).isEqualTo("Question 1001?");
    assertThat(compiled.constant("Big$Part1", "Q2000").number()).isEqualTo(2_000);
    assertThat(compiled.constant("Big$Part2", "Q2001").number()).isEqualTo(2_001);
    assertThat(compiled.constant("Big$Part3", "Q3001").number()).isEqualTo(3_001);
  }

  @Test
  void thePartsShareOneCategoryThatListsTheirQuestionsInFileOrder() throws Exception {
    QaCategory big = compiled.categories().get(1);
    assertThat(big.title()).isEqualTo("Big");
    List<Object> expected = new ArrayList<>();
    for (int part = 1; part <= 3; part++) {
      expected.addAll(Arrays.asList(compiled.nested("Big$Part" + part).getEnumConstants()));
    }
    assertThat(big.items()).containsExactlyElementsIn(expected).inOrder();
    for (QaItem item : big.items()) {
      assertThat(item.category()).isSameInstanceAs(big);
    }
  }

  @Test
  void allAndByIdCoverTheSplitSectionLikeAnyOther() throws Exception {
    List<QaItem> all = compiled.all();
    assertThat(all).hasSize(3_003);
    assertThat(all.stream().map(QaItem::number).toList()).isInOrder();
    assertThat(compiled.byId("Q2500")).hasValue(compiled.constant("Big$Part2", "Q2500"));
    assertThat(compiled.byId("Q3003").map(QaItem::category)).hasValue(compiled.categories().get(2));
  }

  @Test
  void theInterfaceSaysHowItIsSplit() {
    String source = CatalogGenerator.generate(catalog).text();
    assertThat(source).contains("public interface Big extends QaItem {");
    assertThat(source).contains("<p>Its 2,001 questions are split in file order over the enums {@link Part1} to");
    assertThat(source).contains("Questions 1,001 to 2,000 of section <i>Big</i>, in file order: part 2 of 3.");
    assertThat(source).contains("    enum Part3 implements Big {");
  }
}
