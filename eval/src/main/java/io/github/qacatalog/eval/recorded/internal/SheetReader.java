package io.github.qacatalog.eval.recorded.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV (as a spreadsheet exports it: UTF-8 with or without a byte order mark, CRLF or LF,
 * quoted cells over several lines) or a JSON Lines file (one object per line, its keys the column
 * names) into a {@link Sheet}. A file ending in {@code .jsonl} or {@code .ndjson} is JSON Lines,
 * any other CSV. What cannot be read goes to the problems; the rows read before stay.
 */
public final class SheetReader {
  private static final JsonFactory JSON = new JsonFactory();
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
      .setIgnoreEmptyLines(false) // an empty line is a row of the spreadsheet: keep the count right
      .get();

  private SheetReader() {}

  /** Whether the file is read as JSON Lines. */
  public static boolean isJsonLines(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  /**
   * Reads a file; the problems name it as {@code file} does.
   *
   * @throws UncheckedIOException when the file cannot be read at all (missing, unreadable)
   */
  public static Sheet read(Path file, Problems problems) {
    String name = file.toString();
    boolean csv = !isJsonLines(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("no such file: " + name, e);
    } catch (CharacterCodingException e) {
      if (csv) {
        problems.sawCsv();
      }
      problems.add(name, 1, 1, "the file is not UTF-8; export it as \"CSV UTF-8\"");
      return new Sheet(name, List.of(), List.of(), csv);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return csv ? csv(name, text, problems) : jsonLines(name, text, problems);
  }

  /** Reads CSV text whose first row is the header. */
  public static Sheet csv(String name, String text, Problems problems) {
    List<String> header = new ArrayList<>();
    List<SheetRow> rows = new ArrayList<>();
    long row = 0;
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(CSV).get()) {
      for (CSVRecord record : parser) {
        row = record.getRecordNumber();
        if (row == 1) {
          readHeader(name, record, header, problems);
          continue;
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        boolean blank = true;
        for (int i = 0; i < record.size() && i < header.size(); i++) {
          String value = clean(record.get(i));
          blank &= value.isEmpty();
          cells.putIfAbsent(header.get(i), new Cell(value, i + 1));
        }
        for (int i = header.size(); i < record.size(); i++) {
          if (!record.get(i).isBlank()) {
            problems.sawCsv();
            problems.add(name, (int) row, i + 1,
                "a value beyond the last column of the header (" + header.size() + " columns)");
          }
        }
        if (!blank) {
          rows.add(new SheetRow((int) row, cells, 1));
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      problems.sawCsv();
      problems.add(name, (int) row + 1, 1, "malformed CSV after row " + row
          + " (an unclosed quote?): " + rootMessage(e) + "; the rest of the file is not read");
    }
    if (header.isEmpty() && rows.isEmpty()) {
      problems.sawCsv();
      problems.add(name, 1, 1, "the file is empty; it needs a header row");
    }
    return new Sheet(name, header, rows, true);
  }

  private static void readHeader(String name, CSVRecord record, List<String> header, Problems problems) {
    for (int i = 0; i < record.size(); i++) {
      String column = clean(record.get(i));
      if (!column.isEmpty() && header.contains(column)) {
        problems.sawCsv();
        problems.add(name, 1, i + 1, "the column " + column + " appears twice in the header"
            + " (first as column " + (header.indexOf(column) + 1) + "); rename one");
      }
      header.add(column);
    }
  }

  /** Reads JSON Lines: each non-blank line an object of column names to values. */
  public static Sheet jsonLines(String name, String text, Problems problems) {
    Map<String, Boolean> header = new LinkedHashMap<>();
    List<SheetRow> rows = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isBlank()) {
        continue;
      }
      int lineNumber = i + 1;
      Map<String, Cell> cells = new LinkedHashMap<>();
      if (object(name, lineNumber, line, cells, problems)) {
        cells.keySet().forEach(k -> header.put(k, true));
        rows.add(new SheetRow(lineNumber, cells, 1));
      }
    }
    if (rows.isEmpty() && text.isBlank()) {
      problems.add(name, 1, 1, "the file is empty");
    }
    return new Sheet(name, List.copyOf(header.keySet()), rows, false);
  }

  private static boolean object(String name, int line, String text, Map<String, Cell> cells,
      Problems problems) {
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        problems.add(name, line, column(parser.currentTokenLocation()),
            "a line of JSON Lines is one object {\"column\": \"value\", ...}");
        return false;
      }
      boolean ok = true;
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        if (cells.containsKey(key)) {
          problems.add(name, line, column(parser.currentTokenLocation()),
              "the key " + key + " appears twice in the object");
          ok = false;
        }
        JsonToken value = parser.nextToken();
        int column = column(parser.currentTokenLocation());
        switch (value) {
          case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
              cells.putIfAbsent(key, new Cell(clean(parser.getText()), column));
          case VALUE_NULL -> cells.putIfAbsent(key, new Cell("", column));
          default -> {
            problems.add(name, line, column,
                "the value of " + key + " is " + (value == JsonToken.START_ARRAY ? "a list" : "an object")
                    + "; give text");
            parser.skipChildren();
            ok = false;
          }
        }
      }
      if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
        problems.add(name, line, column(parser.currentTokenLocation()),
            "one JSON object per line, and nothing after it");
        return false;
      }
      return ok;
    } catch (JsonProcessingException e) {
      problems.add(name, line, column(e.getLocation()),
          "malformed JSON: " + e.getOriginalMessage());
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int column(JsonLocation location) {
    return location == null ? 1 : Math.max(1, location.getColumnNr());
  }

  private static String clean(String value) {
    return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
