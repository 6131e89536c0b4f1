package io.github.qacatalog.eval.scorer.refusal;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RefusalDetectorTest {
  private final RefusalDetector detector = RefusalDetector.standard();

  /** Refusals in the words models give them, with the punctuation and typography they use. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "The information is not available in the provided context.",
        "The information is not available.",
        "That information is not available.",
        "Not available in the context.",
        "Not available in the provided context",
        "I don't have that information.",
        "I don\u2019t have that information.",
        "I do not have information about the release dates of TinyScale Lab.",
        "I don't have enough information to answer that.",
        "I have no information about Vishal's family members.",
        "The context does not mention who the current CEO of Microsoft is.",
        "The context doesn't mention the licence under which qacatalog is published.",
        "The provided context does not specify the learning rate schedule.",
        "The provided text does not include any details about his schooling.",
        "The given context doesn't say anything about that.",
        "The context makes no mention of a chicken wing recipe.",
        "The provided documents are silent on this point.",
        "The context only discusses the project's goals; it does not provide release dates.",
        "I'm sorry, but I cannot find any information about that in the provided context.",
        "I'm sorry, but I can't find that in the context.",
        "Sorry, I couldn't find any information on Vishal's opinion of Severance.",
        "I am unable to find the answer in the context provided.",
        "I was unable to locate any details about the companies he worked at.",
        "I'm unable to determine this from the context.",
        "There is no information about Vishal's family members in the context.",
        "There is no information about the learning rate schedule in the provided text.",
        "There's no mention of Pinecone in the provided context.",
        "There are no details about the fireside chat feedback in the context provided.",
        "No information is available about the hackathon's learning rate schedule.",
        "No information about this is provided in the context.",
        "I don't know based on the provided context.",
        "I don't know.",
        "I do not know the answer to that question.",
        "Based on the provided context, I cannot answer this question.",
        "I cannot answer this question based on the given context.",
        "I can't answer that from the information provided.",
        "This question cannot be answered from the provided context.",
        "This cannot be determined from the context.",
        "That question is outside the scope of the provided context.",
        "This is beyond the scope of the given context.",
        "The answer is not in the context.",
        "The context provided does not contain information about the CEO of Microsoft.",
        "According to the context, there is no information about where Vishal went to school.",
        "Unfortunately, the provided context doesn't include the source code for that app.",
        "I'm not able to provide the source code, as it is not included in the context.",
        "The requested information is not mentioned anywhere in the given text.",
        "This detail is not specified in the context.",
        "The licence is not stated in the provided context.",
        "**The information is not available in the provided context.**",
        "> The information is not available in the provided context.",
        "Answer: The information is not available in the provided context.",
        "There is not enough information in the context to answer this question.",
        "The context does not provide enough information to answer this.",
        "I am not aware of any such information in the provided context.",
        "I cannot provide that information.",
        "The provided information does not cover Vishal's family.",
        "Unable to answer from the context.",
        "N/A",
        "Unknown.",
        "Not specified.",
        "Not mentioned.",
        "Insufficient information.",
        "The information you provided doesn't mention the names of any companies.",
        "This information isn't available in the context I was given.",
        "The CEO of Microsoft is not mentioned in the context. Please provide more context if you"
            + " need this answered.",
        "The context does not mention release dates. However, it does describe the project's"
            + " goals.",
        "I'm sorry, but the context doesn't say. You may want to check the project's website.",
        "Based on the context provided, there is no mention of Vishal's school.",
        "I'm sorry, but the provided context does not contain information about Vishal's family"
            + " members.",
        "The provided context does not contain any information regarding the release dates.",
        "The text you gave me doesn't cover that.",
      })
  void recognisesRefusals(String response) {
    assertWithMessage(response).that(detector.classify(response))
        .isEqualTo(RefusalDetector.Classification.REFUSAL);
    assertThat(detector.isRefusal(response)).isTrue();
  }

  /** Real answers that use "not", "no", "cannot", "unknown", "none" and friends. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "It does not depend on anything but the JDK.",
        "Nothing but the JDK.",
        "Nothing but the JDK. The annotation, QaItem and QaCategory are all it holds.",
        "He could not reproduce the bug until he pinned the seed.",
        "I could not reproduce the bug until I pinned the seed and compared merged and un-merged"
            + " layers.",
        "I couldn't find the bug until I compared the outputs layer by layer.",
        "No, it is generated at compile time.",
        "No. Nothing is read at run time; the questions are compiled into the enum.",
        "Questions that are not listed in the file are not compiled.",
        "The runtime does not contain a parser; parsing lives in the processor.",
        "It cannot be changed at run time, because nothing is read when the program runs.",
        "A question without a number is named by the first eight words of its text.",
        "The answer ends at the next --- line, the next question or the next heading.",
        "Near misses such as **Question**: are reported as warnings because they would silently"
            + " not match.",
        "The processor does not stop at the first problem: every problem is reported in the same"
            + " build.",
        "Deleting a question makes every use of it a compile error instead of a failed lookup at"
            + " run time.",
        "An unknown marker is reported as a warning.",
        "There is no need for a runtime dependency: the JDK is enough.",
        "There is no runtime reflection; the constants are plain enum values.",
        "The file is not found at run time because it is never read then.",
        "Missing ids are not an error: the name comes from the question's words.",
        "I don't know of a faster way than streaming the file once, so that is what it does.",
        "You cannot give two questions the same id; the build fails with a duplicate-id error.",
        "None of the answers are read at run time.",
        "Not every heading becomes a category: prose before the first question is background.",
        "It is not available to code at run time as a file; it is compiled into the enum.",
        "The information is not available at run time; it is compiled into the classes.",
        "The context is compiled once and never re-read.",
        "Without a --- line, the questions that follow are swallowed by the answer.",
        "Satya Nadella is the CEO of Microsoft.",
        "",
        "   ",
      })
  void doesNotFireOnAnswers(String response) {
    assertWithMessage(response).that(detector.classify(response))
        .isEqualTo(RefusalDetector.Classification.ANSWER);
    assertThat(detector.isRefusal(response)).isFalse();
  }

  /** A refusal that goes on to answer anyway answers from outside the context: not a refusal. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "The context does not say, but probably it is under the Apache License 2.0.",
        "The context doesn't mention it, but Satya Nadella has been the CEO since 2014.",
        "Satya Nadella is the CEO of Microsoft, but this is not mentioned in the provided context.",
        "The information is not available in the provided context. However, Satya Nadella is the"
            + " current CEO of Microsoft.",
        "I don't have that information in the context; it is likely the MIT licence.",
        "Not available in the context. As of 2024, the CEO is Satya Nadella.",
        "The context does not specify the licence. Generally, such projects use Apache 2.0.",
        "I cannot find this in the context, although I believe he studied in California.",
        "There is no information about this in the context. Based on general knowledge, the"
            + " capital of Australia is Canberra.",
        "Satya Nadella. However, the context does not mention this.",
      })
  void refusalFollowedByAnAnswerIsHedged(String response) {
    assertWithMessage(response).that(detector.classify(response))
        .isEqualTo(RefusalDetector.Classification.HEDGED);
    assertThat(detector.isRefusal(response)).isFalse();
  }

  @Test
  void usersAddPhrasings() {
    String own = "Dazu steht nichts im Kontext.";
    assertThat(detector.isRefusal(own)).isFalse();
    RefusalDetector german = detector.withPhrases("steht nichts im Kontext");
    assertThat(german.isRefusal(own)).isTrue();
    assertThat(german.isRefusal("DAZU   STEHT NICHTS IM KONTEXT")).isTrue();
    assertThat(german.isRefusal("Es steht nichts im Kontextmenü.")).isFalse();
    // The standard phrasings stay.
    assertThat(german.isRefusal("The information is not available in the provided context."))
        .isTrue();
    // The standard detector is unchanged.
    assertThat(detector.isRefusal(own)).isFalse();
  }

  @Test
  void phrasesAreNormalisedLikeResponses() {
    RefusalDetector custom = detector.withPhrases("Outta my league");
    assertThat(custom.isRefusal("That's outta my league, sorry.")).isTrue();
    RefusalDetector contraction = detector.withPhrases("can't say for certain");
    assertThat(contraction.isRefusal("I cannot say for certain.")).isTrue();
  }

  @Test
  void usersAddPatterns() {
    RefusalDetector custom = detector.withPatterns(Pattern.compile("^no comment\\b"));
    assertThat(custom.isRefusal("No comment.")).isTrue();
    assertThat(custom.isRefusal("There is no comment syntax in the file.")).isFalse();
    assertThat(detector.isRefusal("No comment.")).isFalse();
  }

  @Test
  void customRefusalsAreHedgedToo() {
    RefusalDetector custom = detector.withPhrases("pass on this one");
    assertThat(custom.classify("I'll pass on this one, but probably it is Canberra."))
        .isEqualTo(RefusalDetector.Classification.HEDGED);
  }

  @Test
  void blankPhrasesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> detector.withPhrases("  "));
  }

  @Test
  void longResponsesAreReadInReasonableTime() {
    String answer = "The processor reads the file once and writes one enum per heading. ".repeat(5000);
    assertThat(detector.isRefusal(answer)).isFalse();
    assertThat(detector.isRefusal(answer + "The context does not mention the licence.")).isTrue();
  }
}
