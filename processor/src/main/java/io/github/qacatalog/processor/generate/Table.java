package io.github.qacatalog.processor.generate;

import io.github.qacatalog.processor.model.Answer;
import io.github.qacatalog.processor.model.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * The data of one enum's questions as the generated code stores it: one row per constant, in
 * constant order, in one text that the enum's static initialiser reads once into one array per
 * column. In a row, each field follows the other in column order, and each ends with a comma: a
 * number in decimal ({@code 7,}), a text as its length in {@code char}s, a colon and its
 * characters ({@code 5:Hello,}; the length, not the comma, says where it ends). So question 1 of
 * a file, asked at line 7, is the row {@code 1,7,18:What is your name?,}. A list of texts is its
 * count in decimal, a comma, and that many texts: {@code 2,3:Who,4:What,}.
 *
 * <p>A class file holds at most 65,535 bytes in one string constant, so the text is cut into
 * chunks of at most {@link JavaText#MAX_LITERAL_BYTES} bytes, which the enum joins before reading.
 * Each chunk is the rows it holds, one source line each (javac folds {@code "a" + "b"} into one
 * constant); a row too long for one chunk continues in the next.
 *
 * @param columns the fields of every row, in order
 * @param chunks the rows, or pieces of rows, of each chunk
 */
public record Table(List<Column> columns, List<List<String>> chunks) {

  /** A field of a row, and the array of the enum that holds it. */
  public enum Column {
    /** The number, 0 for a question without one, as {@code QaItem.number()} returns it. */
    NUMBER("numbers", false),
    LINE("lines", false),
    /** The id, stored only when an id of the enum differs from its constant's name. */
    ID("ids", true),
    QUESTION("questions", true),
    /** The answer, empty for none; stored only when a question of the enum has one. */
    ANSWER("answers", true),
    /** The paraphrases, a list of texts; stored only when a question of the enum has some. */
    PARAPHRASES("paraphrases", true, true);

    private final String field;
    private final boolean text;
    private final boolean list;

    Column(String field, boolean text) {
      this(field, text, false);
    }

    Column(String field, boolean text, boolean list) {
      this.field = field;
      this.text = text;
      this.list = list;
    }

    /** The name of the enum's array of this column: lower case, so no constant can take it. */
    public String field() {
      return field;
    }

    /** Whether the column holds texts ({@code String[]}) rather than numbers ({@code int[]}). */
    public boolean text() {
      return text;
    }

    /** Whether each row holds a list of texts ({@code String[][]}) rather than one. */
    public boolean list() {
      return list;
    }
  }

  public Table {
    columns = List.copyOf(columns);
    chunks = List.copyOf(chunks);
  }

  /** The table of {@code questions}, in their order. */
  public static Table of(List<Question> questions) {
    List<Column> columns = new ArrayList<>(List.of(Column.NUMBER, Column.LINE));
    if (questions.stream().anyMatch(q -> !q.id().equals(q.constantName()))) {
      columns.add(Column.ID);
    }
    columns.add(Column.QUESTION);
    if (questions.stream().anyMatch(q -> q.answer() instanceof Answer.Written)) {
      columns.add(Column.ANSWER);
    }
    if (questions.stream().anyMatch(q -> !q.paraphrases().isEmpty())) {
      columns.add(Column.PARAPHRASES);
    }
    Chunker chunker = new Chunker();
    StringBuilder row = new StringBuilder();
    for (Question question : questions) {
      row.setLength(0);
      for (Column column : columns) {
        switch (column) {
          case ID -> appendText(row, question.id());
          case NUMBER -> row.append(question.number().orElse(0)).append(',');
          case LINE -> row.append(question.position().line()).append(',');
          case QUESTION -> appendText(row, question.text());
          case ANSWER -> appendText(row, question.answer() instanceof Answer.Written answer ? answer.markdown() : "");
          case PARAPHRASES -> {
            row.append(question.paraphrases().size()).append(',');
            for (Question.Paraphrase paraphrase : question.paraphrases()) {
              appendText(row, paraphrase.text());
            }
          }
        }
      }
      chunker.add(row);
    }
    return new Table(columns, chunker.finish());
  }

  /** The characters of the table's text, all chunks together. */
  public long chars() {
    long chars = 0;
    for (List<String> chunk : chunks) {
      for (String piece : chunk) {
        chars += piece.length();
      }
    }
    return chars;
  }

  /** How many string constants the table takes: one per chunk. */
  public int constants() {
    return chunks.size();
  }

  private static void appendText(StringBuilder row, String text) {
    row.append(text.length()).append(':').append(text).append(',');
  }

  /** Cuts rows into chunks of at most {@link JavaText#MAX_LITERAL_BYTES} bytes each. */
  private static final class Chunker {
    private final List<List<String>> chunks = new ArrayList<>();
    private List<String> chunk = new ArrayList<>();
    private int bytes;

    void add(CharSequence row) {
      int whole = utf8Length(row);
      if (bytes + whole <= JavaText.MAX_LITERAL_BYTES) {
        chunk.add(row.toString());
        bytes += whole;
        return;
      }
      int start = 0;
      int rowBytes = 0;
      for (int i = 0; i < row.length(); ) {
        char c = row.charAt(i);
        boolean pair = Character.isHighSurrogate(c) && i + 1 < row.length()
            && Character.isLowSurrogate(row.charAt(i + 1));
        int width = pair ? 6 : JavaText.modifiedUtf8Bytes(c);
        if (bytes + rowBytes + width > JavaText.MAX_LITERAL_BYTES) {
          // The chunk is full: what of the row fits stays in it, the rest starts the next.
          if (i > start) {
            chunk.add(row.subSequence(start, i).toString());
          }
          chunks.add(List.copyOf(chunk));
          chunk = new ArrayList<>();
          bytes = 0;
          rowBytes = 0;
          start = i;
        }
        rowBytes += width;
        i += pair ? 2 : 1;
      }
      chunk.add(row.subSequence(start, row.length()).toString());
      bytes += rowBytes;
    }

    private static int utf8Length(CharSequence text) {
      int length = 0;
      for (int i = 0; i < text.length(); i++) {
        length += JavaText.modifiedUtf8Bytes(text.charAt(i));
      }
      return length;
    }

    List<List<String>> finish() {
      if (!chunk.isEmpty()) {
        chunks.add(List.copyOf(chunk));
      }
      return chunks;
    }
  }
}
