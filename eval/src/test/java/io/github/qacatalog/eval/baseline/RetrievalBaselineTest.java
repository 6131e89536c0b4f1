package io.github.qacatalog.eval.baseline;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.github.qacatalog.eval.scorer.SemanticSimilarity;
import io.github.qacatalog.eval.scorer.refusal.RefusalDetector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetrievalBaselineTest {
  /** A small context in the shape of an llms_ctx.txt: prose, not questions and answers. */
  static final String CONTEXT =
      """
      # Harbour Bakery

      Harbour Bakery is a small bakery by the fishing port of a coastal town. It bakes bread,
      pastries and cakes every night and sells them from six in the morning.

      ## Opening hours

      The shop opens at six in the morning and closes at two in the afternoon, from Tuesday to
      Sunday. It is closed on Mondays, when the ovens are cleaned and serviced.

      ## Bread

      The sourdough is made from a starter kept alive since the bakery opened, fed twice a day with
      rye flour. Loaves rise slowly overnight in a cold room and are baked in a wood-fired oven
      before dawn.

      ## Ordering cakes

      Birthday and wedding cakes must be ordered at least five days ahead, in the shop or by
      telephone. A deposit of half the price is paid when the order is placed.

      ## Allergies

      Every recipe is written on a card at the counter with its allergens. Nuts are used in the
      same kitchen, so the bakery cannot promise that anything is free of traces of nuts.
      """;

  private static RetrievalBaseline baseline;

  @BeforeAll
  static void build() {
    baseline = RetrievalBaseline.fromContext(CONTEXT, SemanticSimilarity.miniLm());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "When does the bakery open?|The shop opens at six",
        "Is Harbour Bakery open on Mondays?|The shop opens at six",
        "How is the sourdough made?|The sourdough is made",
        "How far in advance do I need to order a wedding cake?|Birthday and wedding cakes",
        "Can people with a nut allergy eat there safely?|Every recipe is written",
      })
  void answersWithThePassageThatHoldsTheAnswer(String question, String passageStart) {
    String answer = baseline.answer(question);
    assertWithMessage(question).that(answer).startsWith(passageStart);
    assertThat(baseline.retrieve(question).refused()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Who is the current CEO of Microsoft?",
        "What is the capital of Australia?",
        "Who founded Harbour Bakery, and what is the owner's name?",
        "How many employees does Harbour Bakery have?",
      })
  void refusesQuestionsTheContextDoesNotAnswer(String question) {
    RetrievalBaseline.Match match = baseline.retrieve(question);
    assertWithMessage("%s scored %s", question, match.similarity()).that(match.refused()).isTrue();
    assertThat(baseline.answer(question)).isEqualTo(RetrievalBaseline.REFUSAL);
    assertThat(RefusalDetector.standard().isRefusal(baseline.answer(question))).isTrue();
  }

  @Test
  void masksTheTopicInQuestions() {
    assertThat(baseline.topics()).containsExactly("Harbour Bakery");
    assertThat(baseline.masked("Who founded harbour  bakery? Is Harbour Bakery's bread good?"))
        .isEqualTo("Who founded it? Is it bread good?");
    assertThat(baseline.masked("Is Harbour Bakerys open?")).isEqualTo("Is Harbour Bakerys open?");
    // Without masking, a question that only names the topic is drawn to the passages naming it.
    RetrievalBaseline unmasked = baseline.withTopics();
    assertThat(unmasked.topics()).isEmpty();
    String question = "Who founded Harbour Bakery, and what is the owner's name?";
    assertThat(unmasked.retrieve(question).similarity())
        .isGreaterThan(baseline.retrieve(question).similarity());
  }

  @Test
  void isLabelledAsABaseline() {
    assertThat(baseline.name()).isEqualTo("retrieval-baseline(all-MiniLM-L6-v2)");
    assertThat(baseline.toString()).isEqualTo(baseline.name());
  }

  @Test
  void theThresholdDecidesBetweenAnsweringAndRefusing() {
    assertThat(baseline.threshold()).isEqualTo(RetrievalBaseline.DEFAULT_THRESHOLD);
    String outside = "Who is the current CEO of Microsoft?";
    assertThat(baseline.withThreshold(-1.0).answer(outside)).isNotEqualTo(RetrievalBaseline.REFUSAL);
    assertThat(baseline.withThreshold(1.01).answer("When does the bakery open?"))
        .isEqualTo(RetrievalBaseline.REFUSAL);
    assertThrows(IllegalArgumentException.class, () -> baseline.withThreshold(Double.NaN));
  }

  @Test
  void embedsPassagesOnceAndEachQuestionOnce() {
    CountingModel model = new CountingModel();
    RetrievalBaseline counted =
        RetrievalBaseline.fromContext(CONTEXT, new SemanticSimilarity(model), 0.0);
    assertThat(model.calls).isEqualTo(1);
    assertThat(model.embedded).hasSize(counted.passages().size());
    counted.answer("When does the bakery open?");
    counted.answer("How is the sourdough made?");
    counted.withThreshold(0.5).answer("When does the bakery open?");
    assertThat(model.embedded).hasSize(counted.passages().size() + 2);
    assertThat(model.embedded).contains("Harbour Bakery\nHarbour Bakery is a small bakery by the"
        + " fishing port of a coastal town. It bakes bread,\npastries and cakes every night and"
        + " sells them from six in the morning.");
  }

  @Test
  void passagesAreTheContextsParagraphs() {
    assertThat(baseline.passages()).hasSize(5);
    assertThat(baseline.passages().get(1)).startsWith("The shop opens at six in the morning");
  }

  @Test
  void blankInputs() {
    assertThat(baseline.answer("  ")).isEqualTo(RetrievalBaseline.REFUSAL);
    assertThat(baseline.answer("Harbour Bakery")).isEqualTo(RetrievalBaseline.REFUSAL);
    assertThrows(
        IllegalArgumentException.class,
        () -> RetrievalBaseline.fromContext("# Title\n\n", SemanticSimilarity.miniLm()));
  }

  /** An embedding model that records what it embeds; its vectors count letters. */
  static final class CountingModel implements EmbeddingModel {
    final List<String> embedded = new ArrayList<>();
    int calls;

    @Override
    public synchronized Response<List<Embedding>> embedAll(List<TextSegment> segments) {
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
