package io.github.qacatalog.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.processor.testing.CompiledClasses;
import org.junit.jupiter.api.Test;

/** A {@link QaItem} written before paraphrases existed still compiles, and has none. */
class HandWrittenItemTest {

  @Test
  void anItemThatDoesNotImplementParaphrasesCompilesAndHasNone() throws Exception {
    Compilation compilation = javac().withOptions("-Xlint:all", "-Werror").compile(JavaFileObjects.forSourceString(
        "com.example.OldItem", """
            package com.example;

            import io.github.qacatalog.QaCategory;
            import io.github.qacatalog.QaItem;
            import java.util.List;
            import java.util.Optional;

            public final class OldItem implements QaItem {
              public String id() { return "old"; }
              public int number() { return 0; }
              public String question() { return "Still here?"; }
              public Optional<String> answer() { return Optional.empty(); }
              public QaCategory category() { return QaCategory.of("Old", null, List.of(this)); }
              public int line() { return 1; }
            }
            """));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    QaItem item = (QaItem) new CompiledClasses(compilation).loadClass("com.example.OldItem")
        .getDeclaredConstructor().newInstance();
    assertThat(item.paraphrases()).isEmpty();
  }
}
