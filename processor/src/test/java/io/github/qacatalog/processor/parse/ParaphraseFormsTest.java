package io.github.qacatalog.processor.parse;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.model.Question;
import io.github.qacatalog.processor.testing.CompiledFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code **Paraphrases:**} list in both forms, and where its texts stand. */
class ParaphraseFormsTest {

  private static List<String> texts(Question question) {
    return question.paraphraseTexts();
  }

  @Test
  void questionAnswerFormWithBlankLines() {
    CompiledFile file = CompiledFile.ofText("""
        ## Deep Dive

        **Question:** How did he isolate the LoRA bug?

        **Paraphrases:**
        - How did he find the LoRA bug?
        - What steps led him to the *LoRA* bug?

        **Answer:** Step by step.

        ---

        **Question:** What does he value?

        **Answer:** Reliability.
        """);

    assertThat(file.problems()).isEmpty();
    Question first = file.question(0);
    assertThat(first.text()).isEqualTo("How did he isolate the LoRA bug?");
    assertThat(texts(first)).containsExactly("How did he find the LoRA bug?", "What steps led him to the *LoRA* bug?")
        .inOrder();
    assertThat(first.answer().text()).hasValue("Step by step.");
    assertThat(first.paraphrases().get(0).position().toString()).isEqualTo("6:1");
    assertThat(first.paraphrases().get(1).textStart().toString()).isEqualTo("7:3");
    assertThat(texts(file.question(1))).isEmpty();
  }

  @Test
  void questionAnswerFormWithTheMarkerRightUnderTheQuestion() {
    CompiledFile file = CompiledFile.ofText("""
        ## Deep Dive

        **Question:** How did he isolate the LoRA bug?
        **Paraphrases:**
        - How did he find the LoRA bug?
        - What steps led him to it?

        **Answer:** Step by step.

        Then the fix.
        """);

    assertThat(file.problems()).isEmpty();
    assertThat(file.question(0).text()).isEqualTo("How did he isolate the LoRA bug?");
    assertThat(texts(file.question(0))).containsExactly("How did he find the LoRA bug?", "What steps led him to it?")
        .inOrder();
    assertThat(file.question(0).answer().text()).hasValue("Step by step.\n\nThen the fix.");
  }

  @Test
  void anAnswerRightUnderTheLastParaphraseIsReportedNotReadAsTheAnswer() {
    // Markdown joins it to the last item, and a rendered file shows it there.
    CompiledFile file = CompiledFile.ofText("""
        ## Deep Dive

        **Question:** How did he isolate the LoRA bug?
        **Paraphrases:**
        - How did he find the LoRA bug?
        **Answer:** Step by step.
        """);

    assertThat(file.problems()).containsExactly("6:1 marker-in-paraphrase");
    assertThat(file.diagnostics().get(0).format("QA.md")).contains(
        "QA.md:6:1: error: **Answer:** is read as part of the paraphrase above it");
  }

  @Test
  void numberedFormIndentedUnderTheItem() {
    CompiledFile file = CompiledFile.ofText("""
        ## Context-Aware QA

        1. Explain your "Building Reliable Systems" philosophy.
           **Paraphrase:**
           - What does "Building Reliable Systems" mean to you?
        2. What is the core hypothesis of TinyScale Lab?
           **paraphrases:**
           - What does TinyScale Lab set out to show?
           - Which question drives TinyScale Lab?

           **Answer:** That small models tell.
        3. Who is the current CEO of Microsoft?
        """);

    assertThat(file.problems()).isEmpty();
    assertThat(file.questions().stream().map(Question::text).toList()).containsExactly(
        "Explain your \"Building Reliable Systems\" philosophy.", "What is the core hypothesis of TinyScale Lab?",
        "Who is the current CEO of Microsoft?").inOrder();
    assertThat(texts(file.question(0))).containsExactly("What does \"Building Reliable Systems\" mean to you?");
    assertThat(texts(file.question(1))).containsExactly("What does TinyScale Lab set out to show?",
        "Which question drives TinyScale Lab?").inOrder();
    assertThat(file.question(1).answer().text()).hasValue("That small models tell.");
    assertThat(texts(file.question(2))).isEmpty();
  }

  @Test
  void numberedFormWithTheListAfterTheNumberedList() {
    CompiledFile file = CompiledFile.ofText("""
        ## Tech

        1. Which database do you use?

        **Paraphrases:**
        - What database do you run?

        **Answer:** PostgreSQL.

        ---

        2. Why Java?
        **Paraphrases:**
        - What made you pick Java?

        **Answer:** Types.
        """);

    assertThat(file.problems()).isEmpty();
    assertThat(texts(file.question(0))).containsExactly("What database do you run?");
    assertThat(file.question(0).answer().text()).hasValue("PostgreSQL.");
    assertThat(file.question(1).text()).isEqualTo("Why Java?");
    assertThat(texts(file.question(1))).containsExactly("What made you pick Java?");
    assertThat(file.question(1).answer().text()).hasValue("Types.");
  }

  @Test
  void aParaphraseOfSeveralLinesIsKeptAsWritten() {
    CompiledFile file = CompiledFile.ofText("""
        ## S

        **Question:** Why?

        **Paraphrases:**
        - For what reason,
          in short?
        - How come?

        **Answer:** Because.
        """);

    assertThat(file.problems()).isEmpty();
    assertThat(texts(file.question(0))).containsExactly("For what reason,\n  in short?", "How come?").inOrder();
  }

  @Test
  void everyMisplacedListIsReportedAtItsMarkerInOnePass() {
    CompiledFile file = CompiledFile.ofText("""
        ## S

        **Paraphrases:**
        - Orphan?

        **Question:** First?

        **Answer:** One.
        **Paraphrases:**
        - After the answer?

        ---

        **Question:** Second?

        **Paraphrases:** Inline?

        **Answer:** Two.

        ---

        **Question:** Third?

        **Paraphrases:**

        Not a list.

        **Answer:** Three.

        ---

        **Question:** Fourth?

        **Paraphrases:**
        - One wording?

        **Paraphrases:**
        - Another wording?

        **Answer:** Four.

        ---

        **Question:** Fifth?

        **Paraphrases:**
        - A fifth wording?
        **Answer:** not the end of the list
        - A further wording?

        **Answer:** Five.

        ---

        **Question:** Sixth?

        **Paraphrases:**
        - A sixth wording?

        Stray text.

        **Answer:** Six.

        ---

        **Question:** Seventh?

        **Paraphrases:**
        """);

    assertThat(file.problems()).containsExactly(
        "3:1 paraphrases-without-question",
        "9:1 paraphrases-after-answer",
        "16:1 paraphrases-without-list",
        "24:1 paraphrases-without-list",
        "37:1 paraphrases-twice",
        "48:1 marker-in-paraphrase",
        "60:1 text-after-paraphrases",
        "66:1 empty-answer",
        "68:1 paraphrases-without-list").inOrder();
    assertThat(file.generated()).isFalse();
  }

  @Test
  void paraphrasesAreCheckedAsQuestionsAre() {
    CompiledFile file = CompiledFile.ofText("""
        ## S

        **Question:** What is the plan?

        **Paraphrases:**
        - What is the plan?
        -
        - Which plan?
        - Which plan?
        - What is the budget?
        - Youâ€™ve a plan?
        - our plan?

        **Answer:** A plan.

        ---

        **Question:** What is the budget?

        **Paraphrases:**
        - What is the spend?

        **Answer:** Small.

        ---

        **Question:** What is the timeline?

        **Paraphrases:**
        - What is the spend?

        **Answer:** Short.
        """);

    assertThat(file.problems()).containsExactly(
        "6:1 duplicate-paraphrase",
        "7:1 empty-paraphrase",
        "9:1 duplicate-paraphrase",
        "10:1 paraphrase-of-other-question",
        "11:6 mojibake",
        "12:3 lowercase-start",
        "30:1 paraphrase-of-other-question").inOrder();
    assertThat(file.diagnostics().get(3).text()).contains("the same text as the question on line 18");
    assertThat(file.diagnostics().get(6).text()).contains("the same text as a paraphrase of another question on line 21");
  }

  @Test
  void everyMarkerJoinedToAParaphraseIsReported() {
    CompiledFile file = CompiledFile.ofText("""
        ## S

        **Question:** Whither?

        **Paraphrases:**
        - To where?
        **Answer:** There.
        **Paraphrase:**
          - Whither?
          **Answer:** Again.
        """);

    assertThat(file.problems()).containsExactly("7:1 marker-in-paraphrase", "8:1 marker-in-paraphrase").inOrder();
  }

  @Test
  void aMarkerAfterTheAnswerStaysAnswerText() {
    CompiledFile file = CompiledFile.ofText("""
        ## S

        **Question:** Why?

        **Answer:** Because.
        **Paraphrases:**
        - How come?

        ---

        1. Who?
           **Answer:** Me.
           **Paraphrases:**
        """);

    assertThat(file.problems()).containsExactly("6:1 paraphrases-after-answer", "13:4 paraphrases-after-answer")
        .inOrder();
    assertThat(file.question(0).answer().text()).hasValue("Because.\n**Paraphrases:**\n- How come?");
    assertThat(file.question(1).answer().text()).hasValue("Me.\n   **Paraphrases:**");
    assertThat(file.questions().stream().allMatch(q -> q.paraphrases().isEmpty())).isTrue();
  }

  @Test
  void anIdBeforeAListOfParaphrasesNamesNoQuestion() {
    // Found by RandomFilesRoundTripTest: the id was given to a question after the list.
    CompiledFile file = CompiledFile.ofText("""
        ## S

        **Question:** Why?

        <!-- id: w -->
        **Paraphrases:**
        **Question:** Who?
        """);

    assertThat(file.problems()).contains("5:10 id-without-question");
  }

  @Test
  void aNearMissOfTheMarkerIsReported() {
    CompiledFile file = CompiledFile.ofText("""
        ## S

        **Question:** What?

        **Paraphrases**:
        - Which?

        **Answer:** That.
        """);

    assertThat(file.problems()).contains("5:1 near-miss-marker");
  }
}
