package io.github.qacatalog.eval.recorded;

import static com.google.common.truth.Truth.assertThat;
import static io.github.qacatalog.eval.recorded.Files.crlf;
import static io.github.qacatalog.eval.recorded.Files.write;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.catalog.QaCatalog;
import io.github.qacatalog.eval.catalog.QaCatalog.OutOfScopeQa;
import io.github.qacatalog.eval.catalog.QaCatalog.ProductFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedResponsesTest {
  @TempDir Path dir;

  private final RecordedReader reader = RecordedReader.of(QaCatalog.all());

  @Test
  void aRowWithAnIdMatchesByIdAndAnswersTheQuestionAsWritten() {
    Path csv = write(dir.resolve("r.csv"), crlf("id,model,response", "colour,claude,It is blue."));

    RecordedResponse r = reader.responses(csv).all().get(0);

    assertThat(r.item()).isEqualTo(ProductFacts.COLOUR);
    assertThat(r.rule()).isEqualTo(MatchRule.ID);
    assertThat(r.wording()).isEqualTo(Wording.asWritten("What colour is the Acme widget?"));
    assertThat(r.model()).isEqualTo("claude");
    assertThat(r.response()).isEqualTo("It is blue.");
    assertThat(r.source()).isEqualTo(csv + ":2");
  }

  @Test
  void aRowWithoutIdMatchesByItsTextExactlyAfterTrimming() {
    Path csv = write(dir.resolve("r.csv"),
        crlf("question,response", "\"  What colour is the Acme widget?\t\",Blue."));

    RecordedResponse r = reader.responses(csv).all().get(0);

    assertThat(r.item()).isEqualTo(ProductFacts.COLOUR);
    assertThat(r.rule()).isEqualTo(MatchRule.EXACT_TEXT);
    assertThat(r.wording().text()).isEqualTo("What colour is the Acme widget?");
  }

  @Test
  void thenIgnoringCaseAndPunctuationAndTheWordingIsTheCatalogsText() {
    Path csv = write(dir.resolve("r.csv"),
        crlf("question,response", "\"what colour is the ACME widget\",Blue.",
            "\"How much does the Acme-widget weigh...?!\",250 g"));

    List<RecordedResponse> all = reader.responses(csv).all();

    assertThat(all.get(0).item()).isEqualTo(ProductFacts.COLOUR);
    assertThat(all.get(0).rule()).isEqualTo(MatchRule.LOOSE_TEXT);
    assertThat(all.get(0).wording().text()).isEqualTo("What colour is the Acme widget?");
    assertThat(all.get(1).item()).isEqualTo(ProductFacts.WEIGHT);
    assertThat(all.get(1).rule()).isEqualTo(MatchRule.LOOSE_TEXT);
  }

  @Test
  void aRowMayAnswerAParaphraseByTextOrById() {
    Map<QaItem, List<String>> paraphrases = Map.of(ProductFacts.COLOUR,
        List.of("Which colour does the Acme widget have?", "Tell me the widget's colour."));
    RecordedReader withParaphrases = reader.withParaphrases(i -> paraphrases.getOrDefault(i, List.of()));
    Path csv = write(dir.resolve("r.csv"), crlf("id,question,response",
        ",which colour does the acme widget have,Blue.",
        "colour,Tell me the widget's colour.,Blue!",
        "colour,What colour is the Acme widget?,It is blue."));

    RecordedResponses responses = withParaphrases.responses(csv);

    List<RecordedResponse> all = responses.all();
    assertThat(all.get(0).wording()).isEqualTo(new Wording("Which colour does the Acme widget have?", 1));
    assertThat(all.get(0).rule()).isEqualTo(MatchRule.LOOSE_TEXT);
    assertThat(all.get(1).wording()).isEqualTo(new Wording("Tell me the widget's colour.", 2));
    assertThat(all.get(1).rule()).isEqualTo(MatchRule.ID);
    assertThat(all.get(2).wording().isAsWritten()).isTrue();
    // Three wordings of one question by one model: no duplicate.
    assertThat(responses.items(RecordedReader.DEFAULT_MODEL)).containsExactly(ProductFacts.COLOUR);
    RecordedModel model = responses.model();
    assertThat(model.answer("sys", "Which colour does the Acme widget have?").text()).isEqualTo("Blue.");
    assertThat(model.answer("sys", "What colour is the Acme widget?").text()).isEqualTo("It is blue.");
  }

  @Test
  void withoutTheParaphrasesAParaphraseMatchesOnlyByIdAndIsMarkedUnlisted() {
    Path csv = write(dir.resolve("r.csv"), crlf("id,question,response",
        "colour,Which colour does the Acme widget have?,Blue."));

    RecordedResponse r = reader.responses(csv).all().get(0);

    assertThat(r.wording()).isEqualTo(new Wording("Which colour does the Acme widget have?", Wording.UNLISTED));
    assertThat(r.wording().isListed()).isFalse();
    assertThat(r.wording().describe()).isEqualTo("unlisted paraphrase");
  }

  @Test
  void everyBadRowIsReportedAtItsCellInOnePass() {
    Path csv = write(dir.resolve("bad.csv"), crlf(
        "id,question,model,response",                                   // row 1
        ",What colour is the Acme widget?,claude,Blue.",                // 2 fine
        ",What is the colour of the moon?,claude,Grey.",                // 3 no such question
        "weight,,claude,250 grams.",                                    // 4 fine
        "weight,,claude,About 250 g.",                                  // 5 answered twice
        "weight,,gemini,250 g.",                                        // 6 another model: fine
        "warranty,,claude,",                                            // 7 no response
        "wheels,,claude,Four.",                                         // 8 no such id
        ",,claude,Something.",                                          // 9 no question at all
        "maker,What colour is the Acme widget?,claude,Acme."));         // 10 id and text disagree

    RecordedInputException e = assertThrows(RecordedInputException.class, () -> reader.responses(csv));

    assertThat(e.problems()).containsExactly(
        csv + ":3:2: the question \"What is the colour of the moon?\" matches no question of the"
            + " catalog, nor any paraphrase, even ignoring case and punctuation; give its id in the id column",
        csv + ":5:1: question weight (as written) answered twice by claude: first in row 4"
            + " (tell repeated responses apart in a column sample)",
        csv + ":7:4: no response to warranty in column response",
        csv + ":8:1: no question has the id wheels",
        csv + ":9:2: neither an id nor a question: which question does this row answer?",
        csv + ":10:2: the id maker names the question \"Who makes the Acme widget?\", but the"
            + " question is that of colour (\"What colour is the Acme widget?\"); fix one of them")
        .inOrder();
    assertThat(e).hasMessageThat().startsWith("6 problems in the recorded data:");
    assertThat(e).hasMessageThat().endsWith(RecordedInputException.CSV_NOTE);
  }

  @Test
  void aQuestionMatchingTwoQuestionsIgnoringPunctuationIsAmbiguous() {
    RecordedReader twins = reader.withParaphrases(i -> i == ProductFacts.WEIGHT
        ? List.of("What colour is the Acme widget!") : List.of());
    Path csv = write(dir.resolve("r.csv"), crlf("question,response", "what colour is the acme widget,Blue"));

    RecordedInputException e = assertThrows(RecordedInputException.class, () -> twins.responses(csv));

    assertThat(e.problems()).containsExactly(csv + ":2:1: the question \"what colour is the acme"
        + " widget\" matches 2 questions (colour, weight) by text ignoring case and punctuation;"
        + " give the id in the id column");
  }

  @Test
  void aFileWithoutResponseOrQuestionColumnsSaysWhichColumnsItHas() {
    Path csv = write(dir.resolve("r.csv"), crlf("Frage,Antwort", "x,y"));

    RecordedInputException e = assertThrows(RecordedInputException.class, () -> reader.responses(csv));

    assertThat(e.problems()).containsExactly(
        csv + ":1:1: no column id and no column question: a row names its question by id or by text"
            + " (the columns: Frage, Antwort)",
        csv + ":1:1: no column response for the responses (the columns: Frage, Antwort); name the"
            + " column, or configure it with RecordedColumns.withResponse").inOrder();
  }

  @Test
  void aColumnTwiceInTheHeaderOrAKeyTwiceInALineIsAnError() {
    Path csv = write(dir.resolve("r.csv"), crlf("id,response,response", "colour,Blue.,Red."));
    RecordedInputException e = assertThrows(RecordedInputException.class, () -> reader.responses(csv));
    assertThat(e.problems()).containsExactly(
        csv + ":1:3: the column response appears twice in the header (first as column 2); rename one");

    Path jsonl = write(dir.resolve("r.jsonl"), "{\"id\": \"colour\", \"id\": \"weight\", \"response\": \"x\"}\n");
    e = assertThrows(RecordedInputException.class, () -> reader.responses(jsonl));
    assertThat(e.problems()).containsExactly(jsonl + ":1:18: the key id appears twice in the object");
  }

  @Test
  void columnNamesAreConfigurable() {
    Path csv = write(dir.resolve("r.csv"), crlf("Frage,Modell,Antwort", "What colour is the Acme widget?,gpt,Blau."));
    RecordedReader german = reader.withColumns(
        RecordedColumns.DEFAULT.withQuestion("Frage").withModel("Modell").withResponse("Antwort"));

    RecordedResponse r = german.responses(csv).all().get(0);

    assertThat(r.item()).isEqualTo(ProductFacts.COLOUR);
    assertThat(r.model()).isEqualTo("gpt");
    assertThat(r.response()).isEqualTo("Blau.");
  }

  @Test
  void aSpreadsheetExportWithBomCrlfAndMultiLineCellsIsReadAndRowsCountAsTheSpreadsheetDoes() {
    String text = crlf(
        "id,response,extra",
        "colour,\"Blue.\r\nIt says so: \"\"blue\"\".\",x",  // row 2 spans two lines
        ",,",                                               // row 3: an empty row, skipped
        "weight,,y");                                       // row 4: physical line 5
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    Path csv = write(dir.resolve("export.csv"), withBom);

    RecordedInputException e = assertThrows(RecordedInputException.class, () -> reader.responses(csv));
    assertThat(e.problems()).containsExactly(csv + ":4:2: no response to weight in column response");

    Path fixed = write(dir.resolve("fixed.csv"), text.replace("weight,,y", "weight,250 g,y").getBytes(StandardCharsets.UTF_8));
    List<RecordedResponse> all = reader.responses(fixed).all();
    assertThat(all.get(0).item()).isEqualTo(ProductFacts.COLOUR); // the BOM is not part of "id"
    assertThat(all.get(0).response()).isEqualTo("Blue.\nIt says so: \"blue\".");
    assertThat(all.get(1).source()).isEqualTo(fixed + ":4");
  }

  @Test
  void anUnclosedQuoteAndAFileNotInUtf8AreReportedNotThrown() {
    Path unclosed = write(dir.resolve("u.csv"), crlf("id,response", "colour,Blue.", "weight,\"250 g"));
    RecordedInputException e = assertThrows(RecordedInputException.class, () -> reader.responses(unclosed));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0)).startsWith(unclosed + ":3:1: malformed CSV after row 2 (an unclosed quote?)");

    Path latin1 = write(dir.resolve("l.csv"), "id,response\r\ncolour,Bl\u00e9u\r\n".getBytes(StandardCharsets.ISO_8859_1));
    e = assertThrows(RecordedInputException.class, () -> reader.responses(latin1));
    assertThat(e.problems()).containsExactly(
        latin1 + ":1:1: the file is not UTF-8; export it as \"CSV UTF-8\"");
  }

  @Test
  void jsonLinesAreReadByLineAndTheirProblemsPointAtLineAndCharacter() {
    Path ok = write(dir.resolve("r.jsonl"), String.join("\n",
        "{\"id\": \"colour\", \"model\": \"claude\", \"response\": \"Blue.\"}",
        "",
        "{\"question\": \"who makes the acme widget\", \"response\": \"Acme\\nCorporation.\", \"tokens\": 12}",
        ""));
    RecordedResponses responses = reader.responses(ok);
    assertThat(responses.models()).containsExactly("claude", "recorded").inOrder();
    assertThat(responses.all().get(1).item()).isEqualTo(ProductFacts.MAKER);
    assertThat(responses.all().get(1).rule()).isEqualTo(MatchRule.LOOSE_TEXT);
    assertThat(responses.all().get(1).response()).isEqualTo("Acme\nCorporation.");
    assertThat(responses.all().get(1).source()).isEqualTo(ok + ":3");

    Path bad = write(dir.resolve("bad.jsonl"), String.join("\n",
        "{\"id\": \"colour\", \"response\": \"\"}",
        "{\"id\": \"weight\", \"response\": 250 grams}",
        "[\"warranty\"]",
        "{\"id\": \"maker\", \"response\": [\"Acme\"]}"));
    RecordedInputException e = assertThrows(RecordedInputException.class, () -> reader.responses(bad));
    assertThat(e.problems()).hasSize(4);
    assertThat(e.problems().get(0)).isEqualTo(bad + ":1:30: no response to colour in column response");
    assertThat(e.problems().get(1)).startsWith(bad + ":2:");
    assertThat(e.problems().get(1)).contains("malformed JSON");
    assertThat(e.problems().get(2)).isEqualTo(
        bad + ":3:1: a line of JSON Lines is one object {\"column\": \"value\", ...}");
    assertThat(e.problems().get(3)).isEqualTo(bad + ":4:29: the value of response is a list; give text");
    assertThat(e).hasMessageThat().doesNotContain(RecordedInputException.CSV_NOTE);
  }

  @Test
  void samplesTellRepeatedResponsesApartAndEachSampleIsAModelOfItsOwn() {
    Path csv = write(dir.resolve("r.csv"), crlf("id,model,sample,response",
        "colour,m,1,Blue.", "colour,m,2,Navy blue.", "weight,m,,250 g", "colour,m,2,Azure.", "weight,m,x,1 kg"));

    RecordedInputException e = assertThrows(RecordedInputException.class, () -> reader.responses(csv));
    assertThat(e.problems()).containsExactly(
        csv + ":5:1: question colour (as written, sample 2) answered twice by m: first in row 3",
        csv + ":6:3: the sample is a whole number from 1: x").inOrder();

    Path fixed = write(dir.resolve("fixed.csv"), crlf("id,model,sample,response",
        "colour,m,1,Blue.", "colour,m,2,Navy blue.", "weight,m,,250 g"));
    RecordedResponses responses = reader.responses(fixed);
    assertThat(responses.samples("m")).containsExactly(1, 2).inOrder();
    IllegalStateException which = assertThrows(IllegalStateException.class, () -> responses.model("m"));
    assertThat(which).hasMessageThat().contains("2 samples of m ([1, 2])");
    assertThat(responses.model("m", 2).answer("s", "What colour is the Acme widget?").text())
        .isEqualTo("Navy blue.");
    assertThat(responses.model("m", 2).recorded("How much does the Acme widget weigh?")).isEmpty();
    assertThat(responses.model("m", 1).recorded("How much does the Acme widget weigh?")).isPresent();
  }

  @Test
  void questionsLeftUnansweredAreListedAndTheModelRefusesToMakeUpAnAnswer() {
    Path csv = write(dir.resolve("r.csv"), crlf("id,response", "colour,Blue.", "Q1,I do not know."));
    RecordedResponses responses = reader.responses(csv);

    assertThat(responses.items("recorded")).containsExactly(ProductFacts.COLOUR, OutOfScopeQa.Q1).inOrder();
    assertThat(responses.unanswered("recorded")).containsExactly(ProductFacts.WEIGHT,
        ProductFacts.WARRANTY, ProductFacts.MAKER, ProductFacts.PRICE, OutOfScopeQa.Q2, OutOfScopeQa.Q3)
        .inOrder();
    Exception e = assertThrows(Exception.class,
        () -> responses.model().answer("sys", "How much does the Acme widget weigh?"));
    assertThat(e).hasMessageThat().isEqualTo(
        "no recorded response of recorded to \"How much does the Acme widget weigh?\"");
  }
}
