package io.github.qacatalog.processor;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.testing.SeedFile;
import io.github.qacatalog.processor.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CatalogCompilerTest {

  private static CatalogCompiler.Result compile(byte[] bytes) {
    return CatalogCompiler.compile(bytes, "com.example", "QaCatalog", "QA.md", new Diagnostics());
  }

  @Test
  void anyErrorMeansNothingIsGenerated() {
    CatalogCompiler.Result result = compile(TestFiles.bytes("diagnostics/numbering-gap-and-duplicates.md"));

    assertThat(result.diagnostics().hasErrors()).isTrue();
    assertThat(result.catalog()).isPresent();
    assertThat(result.javaFile()).isEmpty();
  }

  @Test
  void warningsAloneStillGenerate() {
    CatalogCompiler.Result result = compile(TestFiles.bytes(SeedFile.RESOURCE));

    assertThat(result.diagnostics().hasErrors()).isFalse();
    assertThat(result.diagnostics().inFileOrder()).isNotEmpty();
    assertThat(result.javaFile()).isPresent();
  }

  @Test
  void sameInputGeneratesTheSameBytes() {
    byte[] seed = TestFiles.bytes(SeedFile.RESOURCE);

    assertThat(compile(seed).javaFile().orElseThrow().toString())
        .isEqualTo(compile(seed.clone()).javaFile().orElseThrow().toString());
  }

  @Test
  void notUtf8GivesNoCatalogAndOneError() {
    CatalogCompiler.Result result = compile("## A\n\n1. caf\u00e9?".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(result.catalog()).isEmpty();
    assertThat(result.diagnostics().inFileOrder()).hasSize(1);
    assertThat(result.diagnostics().hasErrors()).isTrue();
  }
}
