package io.github.qacatalog.processor.diagnostic;

import java.util.List;
import java.util.Locale;

/**
 * The wording of every message the processor prints, in one place. The {@link #code()} is what
 * users write to accept a warning on purpose.
 */
public enum Message {
  // The file as a whole.
  FILE_NOT_FOUND(Severity.ERROR, "question file %s not found; looked in:%s",
      "check the path in @QaSource, or pass -Aqacatalog.root=DIR to name the directory it is relative to",
      onCommandLine("question file %s not found; looked in:%s",
          "check the path: a relative one starts from the current directory; - reads standard input")),
  FILE_UNREADABLE(Severity.ERROR, "question file %s could not be read: %s", ""),
  FILE_EMPTY(Severity.ERROR, "the question file is empty", "add a ## heading and at least one question"),
  FILE_NOT_UTF8(Severity.ERROR, "the file is not valid UTF-8: bad byte 0x%02X on this line",
      "save the file as UTF-8"),
  FILE_TOO_LARGE(Severity.ERROR, "the file has %,d bytes, more than the limit of %,d",
      "raise the limit with -Aqacatalog.maxBytes=N, or split the file",
      onCommandLine("the file has %,d bytes, more than the limit of %,d", "raise the limit with --max-bytes=N, or split the file")),
  INPUT_TOO_LARGE(Severity.ERROR, "the input goes on past the limit of %,d bytes; nothing more of it was read",
      "raise the limit with -Aqacatalog.maxBytes=N, or split the file",
      onCommandLine("the input goes on past the limit of %,d bytes; nothing more of it was read",
          "raise the limit with --max-bytes=N, or split the file")),
  NO_QUESTIONS(Severity.ERROR, "the file holds no question",
      "write questions as a numbered list (1. ...) or as **Question:** ... under a ## heading"),
  UNKNOWN_ACCEPT(Severity.WARNING, "@QaSource accept names no warning: \"%s\"; known codes: %s",
      "write a code, or a code and a line, as in \"numbering-gap:41\"",
      onCommandLine("--accept names no warning: \"%s\"; known codes: %s",
          "write a code, or a code and a line, as in --accept numbering-gap:41")),
  UNUSED_ACCEPT(Severity.WARNING, "@QaSource accept \"%s\" accepts nothing: line %d has no %s warning",
      "write the line that the warning is reported on, or delete the entry",
      onCommandLine("--accept %s accepts nothing: line %d has no %s warning",
          "write the line that the warning is reported on, or leave the flag out")),
  INVALID_CLASS_NAME(Severity.ERROR, "@QaSource className \"%s\" is not a valid Java class name",
      "use a simple name such as QaCatalog: letters and digits, starting with a letter"),
  CLASS_GENERATED_TWICE(Severity.ERROR, "another @QaSource already generates %s",
      "give one of them another className"),
  WRITE_FAILED(Severity.ERROR, "could not write %s: %s", ""),
  INTERNAL_ERROR(Severity.ERROR, "internal error in the qacatalog processor while reading this line: %s",
      Hints.BUG),
  INTERNAL_FAILURE(Severity.ERROR, "internal error in the qacatalog processor: %s", Hints.BUG),
  OUT_OF_MEMORY(Severity.ERROR, "the Java heap ran out of memory while working on %s (%s)",
      "give the compiler a larger heap: MAVEN_OPTS=-Xmx2g for Maven, org.gradle.jvmargs=-Xmx2g for Gradle,"
          + " javac -J-Xmx2g; or split the file",
      onCommandLine("the Java heap ran out of memory while working on %s (%s)",
          "give the command line a larger heap: java -Xmx2g -jar qacatalog-cli.jar ...; or split the file")),

  // Structure.
  QUESTION_BEFORE_FIRST_HEADING(Severity.ERROR, "question before the first ## heading",
      "every question belongs to a ## section; add a ## heading above it"),
  ANSWER_WITHOUT_QUESTION(Severity.ERROR, "answer with no question before it",
      "write **Question:** ... before this **Answer:**"),
  EMPTY_QUESTION(Severity.ERROR, "empty question", "write the question's text, or delete the line"),
  ZERO_NUMBER(Severity.ERROR, "question number 0: QaItem.number() returns 0 for a question without a number",
      "number the questions from 1"),
  DUPLICATE_NUMBER(Severity.ERROR, "question number %d is already used on line %d",
      "give each question its own number"),
  DUPLICATE_HEADING(Severity.ERROR, "section \"%s\" repeats the heading on line %d",
      "merge the two sections, or rename one"),
  DUPLICATE_TYPE_NAME(Severity.ERROR, "section \"%s\" becomes the Java name %s, like the section on line %d",
      "rename one of the two headings so that their letters and digits differ"),
  DUPLICATE_CONSTANT(Severity.ERROR, "this question becomes the constant %s, like the question on line %d",
      "give one of them an id of its own: <!-- id: some-name --> on the line before it"),
  DUPLICATE_ID(Severity.ERROR, "id \"%s\" is already used on line %d", "ids must be unique in the file"),
  ID_WITHOUT_QUESTION(Severity.ERROR, "id \"%s\" names no question: no question follows it directly",
      "put the <!-- id: ... --> comment on the line right before **Question:** or the numbered item"),
  INVALID_TYPE_NAME(Severity.ERROR, "heading \"%s\" does not become a valid Java name (%s)",
      "put a letter or a digit in the heading; a heading of punctuation or symbols alone gives no Java name"),
  INVALID_ID(Severity.ERROR, "id \"%s\" does not become a valid Java constant name (%s)",
      "use letters, digits, '-' and '_', starting with a letter"),
  RESERVED_TYPE_NAME(Severity.ERROR, "heading \"%s\" becomes %s, which the generated code needs for itself",
      "rename the heading"),

  // Likely mistakes.
  NUMBERING_GAP(Severity.WARNING, "question %d follows question %d: %s",
      "renumber the questions, or accept the gap if it is deliberate"),
  MOJIBAKE(Severity.WARNING, "\"%s\" looks like UTF-8 read as Windows-1252; it was probably \"%s\" (%s)",
      "replace it with the intended character and save the file as UTF-8"),
  LOWERCASE_START(Severity.WARNING, "question starts with a lowercase letter (\"%s\"); was its first letter lost?",
      "check the start of the question"),
  REPLACEMENT_CHARACTER(Severity.WARNING,
      "text holds U+FFFD, the replacement character: a conversion lost the character that stood here",
      "find the original text and write the character again"),
  DUPLICATE_TEXT(Severity.WARNING, "the same question as on line %d", "delete one of them, or reword it"),
  EMPTY_SECTION(Severity.WARNING, "section \"%s\" is empty", "add questions or text, or delete the heading"),
  EMPTY_ANSWER(Severity.WARNING, "question has an empty answer while other questions have answers",
      "write the answer after **Answer:**"),
  SWALLOWED_QUESTIONS(Severity.WARNING,
      "%d numbered item(s) ending in '?' are read as part of the question on line %d, not as questions:"
          + " no --- ends that question before them",
      "if they are questions of their own, put a --- line before them; if they belong to the answer,"
          + " put a --- line after them"),
  NEAR_MISS_MARKER(Severity.WARNING, "\"%s\" looks like the %s marker but is not read as one",
      "write the marker exactly as **Question:** or **Answer:**, colon inside the stars, a space after"),
  NESTED_QUESTION_MARKER(Severity.WARNING, "**Question:** inside a list item or a quote is not read as a question",
      "start the question after a blank line, outside the list or quote; indented lines join the item above"),
  UNREAD_QUESTION(Severity.WARNING, "this line reads as a question, but Markdown reads it as %s: it is no question",
      "to make it a question, put a blank line before it and start it at the margin; to keep a numbered line"
          + " as text, write a backslash before its dot (2019\\. ...)"),
  SETEXT_SEPARATOR(Severity.WARNING,
      "text right above a --- line is a heading in Markdown; it is read as text followed by a separator",
      "put a blank line before ---; start a category with ## instead"),

  // Paraphrases.
  PARAPHRASES_WITHOUT_QUESTION(Severity.ERROR, "**Paraphrases:** with no question before it",
      "put the list of paraphrases right under the question they reword, before its **Answer:**"),
  PARAPHRASES_AFTER_ANSWER(Severity.WARNING, "**Paraphrases:** after the answer is read as part of the answer",
      "move the marker and its list between the question and its **Answer:**"),
  PARAPHRASES_TWICE(Severity.ERROR, "the question already has a **Paraphrases:** list on line %d",
      "write all paraphrases of a question in one list"),
  PARAPHRASES_WITHOUT_LIST(Severity.ERROR, "**Paraphrases:** is not followed by a bulleted list of paraphrases",
      "end the line after **Paraphrases:** and write each paraphrase on a line of its own below it, as - text"),
  MARKER_IN_PARAPHRASE(Severity.ERROR, "%s is read as part of the paraphrase above it",
      "leave a blank line before it, after the whole list: without one Markdown joins the line to the item above, also when the file is rendered"),
  TEXT_AFTER_PARAPHRASES(Severity.ERROR, "text between the paraphrases and the answer belongs to neither",
      "move it into the question above **Paraphrases:** or into the answer; indent a paraphrase's next line under its text"),
  EMPTY_PARAPHRASE(Severity.ERROR, "empty paraphrase", "write the paraphrase after the '- ', or delete the line"),
  DUPLICATE_PARAPHRASE(Severity.ERROR, "this paraphrase repeats %s on line %d",
      "delete it: a wording asked twice would count twice in how consistently a model answers"),
  PARAPHRASE_OF_OTHER_QUESTION(Severity.ERROR, "this paraphrase is the same text as %s on line %d",
      "a wording belongs to one question only, so that a response to it can be told apart; reword or delete one"),

  // Limits of the JVM, found before javac would fail on the generated code.
  METHOD_TOO_LARGE(Severity.ERROR,
      "the generated %s would need about %,d bytes of code in %s; the JVM allows at most 65,535 bytes in one method",
      "split the file, or its largest sections, into smaller ones"),
  TOO_MANY_CONSTANTS(Severity.ERROR,
      "the generated %s would need about %,d constants; the JVM allows at most 65,535 in one class",
      "split the file, or its largest sections, into smaller ones"),
  PART_NAME_TAKEN(Severity.ERROR,
      "section \"%s\" has %,d questions, so it is split into enums Part1 to Part%d, and one of them would take the name of the class %s around it",
      "rename the heading, or choose another className in @QaSource",
      onCommandLine("section \"%s\" has %,d questions, so it is split into enums Part1 to Part%d, and one of them would"
          + " take the name of the class %s around it",
          "rename the heading; the command line checks the file as the class QaCatalog"));

  private final Severity severity;
  private final Wording processor;
  private final Wording commandLine;

  Message(Severity severity, String format, String hint) {
    this(severity, format, hint, new Wording(format, hint));
  }

  Message(Severity severity, String format, String hint, Wording commandLine) {
    this.severity = severity;
    this.processor = new Wording(format, hint);
    this.commandLine = commandLine;
  }

  public Severity severity() {
    return severity;
  }

  /** The hint printed below the message by the processor; may be empty. */
  public String hint() {
    return hint(Tool.PROCESSOR);
  }

  /** The hint printed below the message by {@code tool}, naming that tool's settings; may be empty. */
  public String hint(Tool tool) {
    return wording(tool).hint();
  }

  /** The name users write in {@code @QaSource(accept = ...)}, for example {@code numbering-gap}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the problem lies at a place in the file; false when the file itself could not be had. */
  public boolean hasPlaceInFile() {
    return switch (this) {
      case FILE_NOT_FOUND, FILE_UNREADABLE, UNKNOWN_ACCEPT, UNUSED_ACCEPT, INVALID_CLASS_NAME, CLASS_GENERATED_TWICE,
          WRITE_FAILED, INTERNAL_FAILURE, OUT_OF_MEMORY -> false;
      default -> true;
    };
  }

  /** The message as the processor words it, with the details of one occurrence filled in. */
  public String format(Object... args) {
    return format(Tool.PROCESSOR, args);
  }

  /** The message as {@code tool} words it, with the details of one occurrence filled in. */
  public String format(Tool tool, Object... args) {
    return String.format(Locale.ROOT, wording(tool).format(), args);
  }

  private Wording wording(Tool tool) {
    return tool == Tool.COMMAND_LINE ? commandLine : processor;
  }

  /** The places a file was looked for, one per line, as {@link #FILE_NOT_FOUND} lists them. */
  public static String listOfPlaces(List<String> places) {
    StringBuilder list = new StringBuilder();
    for (String place : places) {
      list.append("\n    ").append(place);
    }
    return list.toString();
  }

  /** The note that closes a strict build's problems of one file: it says why warnings failed it. */
  public static String strictModeNote(int warningsCounted, String path) {
    return strictModeNote(Tool.PROCESSOR, warningsCounted, path);
  }

  /** The note that closes a strict check of one file, naming the way {@code tool} accepts a warning. */
  public static String strictModeNote(Tool tool, int warningsCounted, String path) {
    String accept = tool == Tool.COMMAND_LINE ? "--accept code:line" : "@QaSource(accept = \"code:line\")";
    return "qacatalog strict mode: " + warningsCounted + " warning(s) of " + path + " counted as errors;"
        + " accept a deliberate one with " + accept;
  }

  /** How the command line words a message whose processor wording names the processor's settings. */
  private static Wording onCommandLine(String format, String hint) {
    return new Wording(format, hint);
  }

  /** A message's text, a format with the details of an occurrence, and the hint below it. */
  private record Wording(String format, String hint) {}

  /** Hints that more than one message gives. */
  private static final class Hints {
    static final String BUG = "this is a bug in qacatalog, not in your file; please report it with the file attached";
  }
}
