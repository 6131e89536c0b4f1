package io.github.qacatalog.eval.baseline;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.eval.baseline.Passages.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {
  @Test
  void paragraphsOfSectionsCarryTheirHeading() {
    List<Passage> passages =
        Passages.split(
            """
            ---
            front matter line that is long enough to stand as a passage of its own, surely
            ---

            # Kitchen

            The kitchen opens at seven in the morning and closes at ten at night, every day.

            ## Deliveries

            Vegetables arrive on Mondays and Thursdays from the farm down the valley road.
            Fish comes on Fridays.

            Bread is baked on site before dawn, in the oven that the previous owner left behind.
            """);
    assertThat(passages)
        .containsExactly(
            new Passage(
                "",
                "front matter line that is long enough to stand as a passage of its own, surely"),
            new Passage(
                "Kitchen",
                "The kitchen opens at seven in the morning and closes at ten at night, every day."),
            new Passage(
                "Deliveries",
                "Vegetables arrive on Mondays and Thursdays from the farm down the valley road.\n"
                    + "Fish comes on Fridays."),
            new Passage(
                "Deliveries",
                "Bread is baked on site before dawn, in the oven that the previous owner left"
                    + " behind."))
        .inOrder();
    assertThat(passages.get(1).embedded()).startsWith("Kitchen\nThe kitchen opens");
    assertThat(Passages.title("intro\n# Kitchen\n## Deliveries")).isEqualTo("Kitchen");
    assertThat(Passages.title("```\n# not a title\n```\n## Deliveries\n# Real")).isEqualTo("Real");
    assertThat(Passages.title("no heading")).isEmpty();
  }

  @Test
  void shortParagraphsJoinTheNextOneOfTheirSection() {
    List<Passage> passages =
        Passages.split(
            """
            ## Hours

            Opening hours:

            - weekdays from seven in the morning to ten at night
            - weekends from nine to eight, and closed on public holidays

            ## Staff

            Ask Ana.
            """);
    assertThat(passages)
        .containsExactly(
            new Passage(
                "Hours",
                "Opening hours:\n\n- weekdays from seven in the morning to ten at night\n"
                    + "- weekends from nine to eight, and closed on public holidays"),
            new Passage("Staff", "Ask Ana."))
        .inOrder();
  }

  @Test
  void codeBlocksStayWhole() {
    List<Passage> passages =
        Passages.split(
            """
            ## Build

            Run the build with the wrapper, which fetches Maven itself, like this:

            ```sh

            ./mvnw -B verify

            ```
            """);
    assertThat(passages).hasSize(1);
    assertThat(passages.get(0).text()).contains("```sh\n\n./mvnw -B verify\n\n```");
  }

  @Test
  void longParagraphsAreCutBetweenSentences() {
    String sentence = "This sentence has exactly ten words in it, you see. ";
    List<Passage> passages = Passages.split("## Long\n\n" + sentence.repeat(30));
    assertThat(passages.size()).isEqualTo(3);
    for (Passage passage : passages) {
      assertThat(Passages.words(passage.text())).isAtMost(Passages.MAX_WORDS);
      assertThat(passage.text()).endsWith("you see.");
      assertThat(passage.heading()).isEqualTo("Long");
    }
  }

  @Test
  void anEmptyContextHasNoPassages() {
    assertThat(Passages.split("")).isEmpty();
    assertThat(Passages.split("# Title\n\n---\n\n## Section\n")).isEmpty();
  }
}
