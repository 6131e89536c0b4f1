package io.github.qacatalog.eval.scorer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemanticSimilarityTest {
  /**
   * Gold answers, a paraphrase of each in other words, and an answer to another question. Under
   * MiniLM the paraphrase must score above the unrelated answer, by a clear margin.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Nothing but the JDK.|It has no dependencies apart from the Java platform itself."
            + "|Problems are reported as compiler warnings with a line and column.",
        "Nothing but the JDK.|Only the JDK; it needs no other library."
            + "|Problems are reported as compiler warnings with a line and column.",
        "So that mistakes in the file fail the build, and code that names a question is checked"
            + " by the compiler.|Reading it while compiling means a broken file stops the build"
            + " and javac verifies every reference to a question.|The constant becomes LORA_BUG"
            + " and id() returns lora-bug.",
        "At the next --- line, the next Question marker, or the next heading.|An answer stops at"
            + " a horizontal rule, at the following question, or at a new heading.|The runtime"
            + " library has no third-party dependencies.",
        "By the first eight words of its text, in upper case and joined by underscores.|Its"
            + " constant is made from the question's opening eight words, capitalised, with"
            + " underscores between them.|Export to JSON Lines and CSV lives in a separate"
            + " module.",
        "The information is not available in the provided context.|The context does not say"
            + " anything about this.|Satya Nadella is the chief executive of Microsoft.",
        "Satya Nadella is the CEO of Microsoft.|Microsoft is led by its chief executive, Satya"
            + " Nadella.|Bananas are a good source of potassium.",
        "Paris is the capital of France.|France's capital city is Paris.|The warehouse ships"
            + " orders every Tuesday.",
      })
  void aParaphraseScoresAboveAnUnrelatedAnswer(String gold, String paraphrase, String unrelated) {
    SemanticSimilarity miniLm = SemanticSimilarity.miniLm();
    double close = miniLm.score(paraphrase, gold);
    double far = miniLm.score(unrelated, gold);
    assertWithMessage("paraphrase %s vs unrelated %s", close, far).that(close).isGreaterThan(far + 0.2);
    assertThat(close).isGreaterThan(0.35);
    assertThat(far).isLessThan(0.3);
  }

  @Test
  void miniLmIsSharedAndNamed() {
    assertThat(SemanticSimilarity.miniLm()).isSameInstanceAs(SemanticSimilarity.miniLm());
    assertThat(SemanticSimilarity.miniLm().modelName()).isEqualTo("all-MiniLM-L6-v2");
    assertThat(SemanticSimilarity.miniLm().embed("Nothing but the JDK.")).hasLength(384);
  }

  @Test
  void aTextIsMostSimilarToItself() {
    SemanticSimilarity miniLm = SemanticSimilarity.miniLm();
    assertThat(miniLm.score("Nothing but the JDK.", "Nothing but the JDK.")).isWithin(1e-5).of(1.0);
    assertThat(miniLm.score("Nothing but the JDK.", "The JDK and nothing else."))
        .isWithin(1e-6)
        .of(miniLm.score("The JDK and nothing else.", "Nothing but the JDK."));
  }

  @Test
  void blankTextsScoreZero() {
    SemanticSimilarity counted = new SemanticSimilarity(new CountingModel());
    assertThat(counted.score("", "Nothing but the JDK.")).isEqualTo(0.0);
    assertThat(counted.score("Nothing but the JDK.", "  \n")).isEqualTo(0.0);
    assertThrows(IllegalArgumentException.class, () -> counted.embed(" "));
  }

  @Test
  void eachDistinctTextIsEmbeddedOnceInOneBatch() {
    CountingModel model = new CountingModel();
    SemanticSimilarity similarity = new SemanticSimilarity(model);
    String gold = "Nothing but the JDK.";
    similarity.score("The JDK only.", gold);
    similarity.score("Just the JDK.", gold);
    similarity.score("Only Java.", gold);
    assertThat(model.embedded).containsExactly("The JDK only.", gold, "Just the JDK.", "Only Java.");

    model.embedded.clear();
    model.calls = 0;
    List<float[]> vectors = similarity.embedAll(List.of("a b", "c d", "a b", gold, "e f"));
    assertThat(model.calls).isEqualTo(1);
    assertThat(model.embedded).containsExactly("a b", "c d", "e f").inOrder();
    assertThat(vectors).hasSize(5);
    assertThat(vectors.get(2)).isSameInstanceAs(vectors.get(0));
    assertThat(vectors.get(3)).isEqualTo(similarity.embed(gold));
    assertThat(model.calls).isEqualTo(1);
  }

  @Test
  void theCacheForgetsTheLeastRecentlyUsed() {
    CountingModel model = new CountingModel();
    SemanticSimilarity similarity = new SemanticSimilarity(model, "counting", 2);
    similarity.embed("one");
    similarity.embed("two");
    similarity.embed("one");
    similarity.embed("three"); // evicts "two"
    similarity.embed("one");
    similarity.embed("two");
    assertThat(model.embedded).containsExactly("one", "two", "three", "two").inOrder();

    CountingModel uncached = new CountingModel();
    SemanticSimilarity none = new SemanticSimilarity(uncached, "counting", 0);
    none.embed("one");
    none.embed("one");
    assertThat(uncached.embedded).containsExactly("one", "one");
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    CountingModel model = new CountingModel();
    SemanticSimilarity similarity = new SemanticSimilarity(model, "counting", 16);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Double>> scores = new ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        String response = "response " + (i % 50);
        scores.add(pool.submit(() -> similarity.score(response, "gold answer")));
      }
      SemanticSimilarity fresh = new SemanticSimilarity(new CountingModel());
      for (int i = 0; i < scores.size(); i++) {
        assertThat(scores.get(i).get())
            .isWithin(1e-9)
            .of(fresh.score("response " + (i % 50), "gold answer"));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void namesTheModel() {
    assertThat(new SemanticSimilarity(new CountingModel()).modelName()).isEqualTo("CountingModel");
    EmbeddingModel named =
        new CountingModel() {
          @Override
          public String modelName() {
            return "my-embedder";
          }
        };
    assertThat(new SemanticSimilarity(named).modelName()).isEqualTo("my-embedder");
  }

  @Test
  void cosine() {
    assertThat(SemanticSimilarity.cosine(new float[] {1, 0}, new float[] {2, 0})).isEqualTo(1.0);
    assertThat(SemanticSimilarity.cosine(new float[] {1, 0}, new float[] {0, 3})).isEqualTo(0.0);
    assertThat(SemanticSimilarity.cosine(new float[] {1, 1}, new float[] {-1, -1}))
        .isWithin(1e-12)
        .of(-1.0);
    assertThat(SemanticSimilarity.cosine(new float[] {0, 0}, new float[] {1, 1})).isEqualTo(0.0);
    assertThrows(
        IllegalArgumentException.class,
        () -> SemanticSimilarity.cosine(new float[] {1}, new float[] {1, 2}));
  }

  /** An embedding model that counts letters, and records what it is asked to embed. */
  static class CountingModel implements EmbeddingModel {
    final List<String> embedded = Collections.synchronizedList(new ArrayList<>());
    volatile int calls;

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      calls++;
      List<Embedding> embeddings = new ArrayList<>();
      for (TextSegment segment : segments) {
        embedded.add(segment.text());
        float[] vector = new float[27];
        for (char c : segment.text().toLowerCase().toCharArray()) {
          vector[c >= 'a' && c <= 'z' ? c - 'a' : 26]++;
        }
        embeddings.add(Embedding.from(vector));
      }
      return Response.from(embeddings);
    }
  }
}
