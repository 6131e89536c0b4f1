package io.github.qacatalog.processor.validate;

import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.SourcePosition;
import io.github.qacatalog.processor.diagnostic.VisibleText;
import io.github.qacatalog.processor.model.Answer;
import io.github.qacatalog.processor.model.Catalog;
import io.github.qacatalog.processor.model.Category;
import io.github.qacatalog.processor.model.PositionInText;
import io.github.qacatalog.processor.model.Question;
import io.github.qacatalog.processor.model.Section;
import io.github.qacatalog.processor.model.UnicodeLetters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * Checks a catalog against the rules of the format and reports every problem it finds. It never
 * stops at the first: a user should learn everything that is wrong from one build.
 */
public final class Validator {
  /** A line that is only a list marker: an empty item that Markdown folded into the item above. */
  private static final Pattern BARE_MARKER = Pattern.compile("(?m)^[ \\t]*(\\d{1,9})[.)][ \\t]*$");

  private static final int MAX_LISTED_MISSING = 10;
  /**
   * The longest Java name, in bytes of UTF-8, that a heading or question may become: an enum's
   * name is part of its class file's name, {@code QaCatalog$Name$Part2.class}, and most file
   * systems allow 255 bytes in a file name (the JVM's own limit, 65,535, is far above).
   */
  private static final int MAX_NAME_BYTES = 200;

  /**
   * The most characters of a question's first word that the lowercase check reads and quotes. A
   * "word" is whatever runs up to the first white space, and may be a long link or a whole text
   * without a space; the warning quotes it to show what was read, so it is cut to what a line of
   * a build log shows, and the check reads no further than it quotes.
   */
  private static final int MAX_FIRST_WORD_CHARS = 40;

  private final Catalog catalog;
  /** The catalog's questions in file order, gathered once: the checks go over them several times. */
  private final List<Question> questions;
  private final Diagnostics diagnostics;

  private Validator(Catalog catalog, Diagnostics diagnostics) {
    this.catalog = catalog;
    this.questions = catalog.questions();
    this.diagnostics = diagnostics;
  }

  public static void validate(Catalog catalog, Diagnostics diagnostics) {
    new Validator(catalog, diagnostics).run();
  }

  private void run() {
    boolean noQuestions = questions.isEmpty();
    if (catalog.blank()) {
      diagnostics.report(Message.FILE_EMPTY, SourcePosition.START);
      return;
    }
    if (noQuestions) {
      diagnostics.report(Message.NO_QUESTIONS, SourcePosition.START);
    }
    checkSections();
    checkCategoryNames();
    checkQuestionNames();
    checkNumbers();
    checkRepeatedTexts();
    checkParaphrases();
    boolean fileHasAnswers = questions.stream().anyMatch(q -> q.answer() instanceof Answer.Written);
    for (Question question : questions) {
      checkText(question);
      checkAnswer(question, fileHasAnswers);
    }
  }

  private void checkSections() {
    for (Section section : catalog.sections()) {
      if (section.blank()) {
        diagnostics.report(Message.EMPTY_SECTION, section.position(), VisibleText.of(section.title()));
      }
      reportMojibake(section.title(), section.titleStart());
    }
  }

  private void checkCategoryNames() {
    Map<String, Category> byTitle = new HashMap<>();
    Map<String, Category> byTypeName = new HashMap<>();
    for (Category category : catalog.categories()) {
      Category sameTitle = byTitle.putIfAbsent(category.title(), category);
      if (sameTitle != null) {
        diagnostics.report(Message.DUPLICATE_HEADING, category.position(), VisibleText.of(category.title()),
            sameTitle.position().line());
        continue;
      }
      String name = category.typeName();
      String problem = nameProblem(name);
      if (problem != null) {
        diagnostics.report(Message.INVALID_TYPE_NAME, category.position(), VisibleText.of(category.title()), problem);
        continue;
      }
      if (name.equals(catalog.className())) {
        diagnostics.report(Message.RESERVED_TYPE_NAME, category.position(), VisibleText.of(category.title()), name);
        continue;
      }
      Category sameName = byTypeName.putIfAbsent(name, category);
      if (sameName != null) {
        diagnostics.report(Message.DUPLICATE_TYPE_NAME, category.position(), VisibleText.of(category.title()), name,
            sameName.position().line());
      }
    }
  }

  private void checkQuestionNames() {
    Map<String, Question> byId = mapFor(questions.size());
    for (Category category : catalog.categories()) {
      Map<String, Question> byConstant = mapFor(category.questions().size());
      for (Question question : category.questions()) {
        Question.ExplicitId id = question.explicitId().orElse(null);
        String problem = id == null ? null : idProblem(id.value());
        if (problem == null) {
          problem = nameProblem(question.constantName());
        }
        if (problem != null) {
          diagnostics.report(Message.INVALID_ID, id == null ? question.position() : id.position(),
              id == null ? question.constantName() : VisibleText.of(id.value()), problem);
          continue;
        }
        // Ids first: two equal explicit ids are one mistake, reported where the second id is written.
        Question sameId = byId.putIfAbsent(question.id(), question);
        if (sameId != null && question.explicitId().isPresent()) {
          diagnostics.report(Message.DUPLICATE_ID, question.explicitId().get().position(),
              VisibleText.of(question.id()), sameId.position().line());
          continue;
        }
        Question sameConstant = byConstant.putIfAbsent(question.constantName(), question);
        if (sameConstant != null && isRepeatedNumber(question, sameConstant)) {
          continue;
        }
        if (sameConstant != null) {
          diagnostics.report(Message.DUPLICATE_CONSTANT, namePosition(question), question.constantName(),
              sameConstant.position().line());
          continue;
        }
        if (sameId != null && question.number().isEmpty()) {
          diagnostics.report(Message.DUPLICATE_ID, question.position(), VisibleText.of(question.id()),
              sameId.position().line());
        }
      }
    }
  }

  /** Two numbered questions named alike only because they share a number, which checkNumbers reports. */
  private static boolean isRepeatedNumber(Question question, Question other) {
    return question.explicitId().isEmpty() && other.explicitId().isEmpty()
        && question.number().isPresent() && question.number().equals(other.number());
  }

  /** Where a question's name comes from: its explicit id when it has one, else the question. */
  private static SourcePosition namePosition(Question question) {
    return question.explicitId().map(Question.ExplicitId::position).orElse(question.position());
  }

  private void checkNumbers() {
    Map<Integer, Question> byNumber = mapFor(questions.size());
    for (Question question : questions) {
      if (question.number().isPresent()) {
        int number = question.number().getAsInt();
        if (number == 0) {
          // 0 stands for "no number" in QaItem and in every export; a zero is not checked further.
          diagnostics.report(Message.ZERO_NUMBER, question.position());
          continue;
        }
        Question sameNumber = byNumber.putIfAbsent(number, question);
        if (sameNumber != null) {
          diagnostics.report(Message.DUPLICATE_NUMBER, question.position(), number, sameNumber.position().line());
        }
      }
    }
    Question previous = null;
    for (Question question : questions) {
      if (question.number().isEmpty() || byNumber.get(question.number().getAsInt()) != question) {
        continue;
      }
      if (previous != null) {
        checkStep(previous.number().getAsInt(), question, byNumber);
      }
      previous = question;
    }
  }

  /**
   * Reports a step back, or numbers skipped between two neighbours that appear nowhere else in
   * the file (numbers that only stand out of order were reported by the step back already).
   */
  private void checkStep(int before, Question question, Map<Integer, Question> byNumber) {
    int number = question.number().getAsInt();
    if (number <= before) {
      diagnostics.report(Message.NUMBERING_GAP, question.position(), number, before, "the numbering steps back");
      return;
    }
    List<Integer> missing = new ArrayList<>();
    for (long n = before + 1L; n < number && missing.size() <= MAX_LISTED_MISSING; n++) {
      if (!byNumber.containsKey((int) n)) {
        missing.add((int) n);
      }
    }
    if (!missing.isEmpty()) {
      diagnostics.report(Message.NUMBERING_GAP, question.position(), number, before, describeMissing(missing, before, number));
    }
  }

  private static String describeMissing(List<Integer> missing, int before, int number) {
    if (missing.size() == 1) {
      return missing.get(0) + " is missing";
    }
    if (missing.size() == number - before - 1) {
      return (before + 1) + " to " + (number - 1) + " are missing";
    }
    String listed = missing.stream().limit(MAX_LISTED_MISSING).map(String::valueOf).collect(Collectors.joining(", "));
    return listed + (missing.size() > MAX_LISTED_MISSING ? ", ..." : "") + " are missing";
  }

  private void checkRepeatedTexts() {
    Map<String, Question> byText = mapFor(questions.size());
    for (Question question : questions) {
      if (question.text().isEmpty()) {
        continue;
      }
      Question same = byText.putIfAbsent(question.text(), question);
      if (same != null) {
        diagnostics.report(Message.DUPLICATE_TEXT, question.position(), same.position().line());
      }
    }
  }

  /** A text of the file that a paraphrase may repeat: a question, or a paraphrase, and whose it is. */
  private record Wording(Question owner, String what, int line) {}

  /**
   * Checks paraphrases as questions are checked: empty, repeated, mojibake, a lost capital. A
   * repeated wording is an error, not a warning like a repeated question: within its question it
   * would count twice in how consistently a model answers it, and shared with another question a
   * recorded response to it could not be told to answer one or the other.
   */
  private void checkParaphrases() {
    if (questions.stream().allMatch(q -> q.paraphrases().isEmpty())) {
      return;
    }
    Map<String, Wording> byText = mapFor(questions.size());
    for (Question question : questions) {
      if (!question.text().isEmpty()) {
        byText.putIfAbsent(question.text(), new Wording(question, "the question", question.position().line()));
      }
    }
    for (Question question : questions) {
      Map<String, Question.Paraphrase> own = mapFor(question.paraphrases().size());
      for (Question.Paraphrase paraphrase : question.paraphrases()) {
        String text = paraphrase.text();
        if (text.isEmpty()) {
          diagnostics.report(Message.EMPTY_PARAPHRASE, paraphrase.position());
          continue;
        }
        Question.Paraphrase same = own.putIfAbsent(text, paraphrase);
        if (text.equals(question.text()) || same != null) {
          diagnostics.report(Message.DUPLICATE_PARAPHRASE, paraphrase.position(),
              same == null ? "its question" : "the paraphrase", same == null ? question.position().line() : same.position().line());
        } else {
          Wording other = byText.putIfAbsent(text,
              new Wording(question, "a paraphrase of another question", paraphrase.position().line()));
          if (other != null && other.owner() != question) {
            diagnostics.report(Message.PARAPHRASE_OF_OTHER_QUESTION, paraphrase.position(), other.what(), other.line());
          }
        }
        if (startsWithLostCapital(text)) {
          diagnostics.report(Message.LOWERCASE_START, paraphrase.textStart(), firstWord(text));
        }
        reportMojibake(text, paraphrase.textStart());
      }
    }
  }

  private void checkText(Question question) {
    String text = question.text();
    if (text.isEmpty()) {
      diagnostics.report(Message.EMPTY_QUESTION, question.position());
      return;
    }
    if (question.number().isPresent() && mayHoldBareMarker(text)) {
      Matcher bare = BARE_MARKER.matcher(text);
      while (bare.find()) {
        diagnostics.report(Message.EMPTY_QUESTION, PositionInText.of(text, question.textStart(), bare.start(1)));
      }
    }
    if (startsWithLostCapital(text)) {
      diagnostics.report(Message.LOWERCASE_START, question.textStart(), firstWord(text));
    }
    reportMojibake(text, question.textStart());
    if (question.answer() instanceof Answer.Written answer) {
      reportMojibake(answer.markdown(), answer.start());
    }
  }

  /**
   * Whether a digit stands right before a {@code .} or {@code )} in {@code text}, without which
   * {@link #BARE_MARKER} cannot match: a test that spares most texts the regular expression.
   */
  private static boolean mayHoldBareMarker(String text) {
    return hasDigitBefore(text, '.') || hasDigitBefore(text, ')');
  }

  private static boolean hasDigitBefore(String text, char c) {
    for (int i = text.indexOf(c, 1); i > 0; i = text.indexOf(c, i + 1)) {
      char before = text.charAt(i - 1);
      if (before >= '0' && before <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * An empty {@code **Answer:**} is a missing answer, and so is none at all for a {@code
   * **Question:**} block, which is written to be answered; a numbered question may stand alone.
   */
  private void checkAnswer(Question question, boolean fileHasAnswers) {
    Answer answer = question.answer();
    boolean missing = answer instanceof Answer.Empty || (answer instanceof Answer.None && question.number().isEmpty());
    if (fileHasAnswers && missing) {
      diagnostics.report(Message.EMPTY_ANSWER, question.position());
    }
  }

  private void reportMojibake(String text, SourcePosition start) {
    for (int i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
      diagnostics.report(Message.REPLACEMENT_CHARACTER, PositionInText.of(text, start, i));
    }
    for (Mojibake.Occurrence found : Mojibake.find(text)) {
      diagnostics.report(Message.MOJIBAKE, PositionInText.of(text, start, found.index()),
          found.found(), found.meant(), codePoints(found.meant()));
    }
  }

  private static String codePoints(String text) {
    StringBuilder names = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (names.length() > 0) {
        names.append(", ");
      }
      names.append(String.format("U+%04X", cp));
      String name = Character.getName(cp);
      if (name != null) {
        names.append(' ').append(name);
      }
    });
    return names.toString();
  }

  /**
   * Whether the text starts with a lower-case letter, in a word that has no capital after it:
   * {@code our interest} and {@code ou've} do, {@code iOS} and {@code eBay} are written so.
   */
  private static boolean startsWithLostCapital(String text) {
    int first = text.codePointAt(0);
    if (!Character.isLetter(first) || !Character.isLowerCase(first)) {
      return false;
    }
    return firstWord(text).codePoints().noneMatch(Character::isUpperCase);
  }

  private static String firstWord(String text) {
    int end = 0;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end < MAX_FIRST_WORD_CHARS) {
      end++;
    }
    return text.substring(0, end);
  }

  /** An empty map that holds {@code entries} entries without growing. */
  private static <K, V> Map<K, V> mapFor(int entries) {
    return new HashMap<>((int) (entries / 0.75f) + 1);
  }

  /**
   * Why {@code id} cannot be an id, or null: an id is one word of letters, digits, {@code -},
   * {@code _} and {@code .}. Whether the constant it gives is a Java name is {@link #nameProblem}'s.
   */
  private static String idProblem(String id) {
    if (id.isEmpty()) {
      return "it is empty";
    }
    int bad = id.codePoints()
        .filter(c -> !UnicodeLetters.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.')
        .findFirst().orElse(-1);
    if (bad < 0) {
      return null;
    }
    return Character.isWhitespace(bad) ? "it contains white space" : "it contains '" + Character.toString(bad) + "'";
  }

  /** Why {@code name} is not a Java name, or null when it is one. */
  private static String nameProblem(String name) {
    if (name.isEmpty()) {
      return "it has no letter or digit";
    }
    if (Character.isDigit(name.codePointAt(0))) {
      return "it starts with a digit";
    }
    if (SourceVersion.isKeyword(name)) {
      return "it is a Java keyword";
    }
    if (!SourceVersion.isName(name)) {
      return "it is not a Java identifier";
    }
    // A char takes at most 3 bytes of UTF-8, so most names need no encoding to pass: this runs per question.
    if (name.length() > MAX_NAME_BYTES / 3 && name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
      return "it is longer than " + MAX_NAME_BYTES + " bytes";
    }
    return null;
  }
}
