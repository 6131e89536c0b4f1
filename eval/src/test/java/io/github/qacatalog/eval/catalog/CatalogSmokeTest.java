package io.github.qacatalog.eval.catalog;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class CatalogSmokeTest {
  @Test
  void theTestCatalogIsGenerated() {
    assertThat(QaCatalog.ProductFacts.values()).hasLength(5);
    assertThat(QaCatalog.ProductFacts.COLOUR.answer()).hasValue("The Acme widget is blue.");
    assertThat(QaCatalog.ProductFacts.PRICE.answer()).isEmpty();
    assertThat(QaCatalog.OutOfScopeQa.Q1.question()).isEqualTo("Who is the current CEO of Microsoft?");
  }
}
