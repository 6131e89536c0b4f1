package io.github.qacatalog.eval.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The run log: a JSON Lines file, one {@link LogRecord} per line, that only ever grows, and the
 * cache of answers.
 *
 * <p>Each record goes to the file at once, unbuffered, as one write of one whole line, so that a
 * run that is killed loses no finished answer. A kill in the middle of a write can leave an incomplete last line: it is
 * dropped when the log is opened again, with a warning (the answer it held had not been counted as
 * finished and is asked again). A line in the middle of the file that is no record is skipped with
 * a warning. The latest answer record for a model, prompt hash and question hash is the cached
 * answer; records of failed calls are never reused.
 *
 * <p>One run at a time may use a log: an open log holds a lock on its file, and opening it a second
 * time, in this process or another, fails until the first is closed.
 */
public final class RunLog implements Closeable {
  private static final JsonFactory JSON = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final Path file;
  private final FileChannel channel;
  private final UnaryOperator<String> redact;
  private final Map<String, LogRecord> answers = new HashMap<>();
  private final int recordsRead;

  private RunLog(Path file, FileChannel channel, UnaryOperator<String> redact, List<LogRecord> records) {
    this.file = file;
    this.channel = channel;
    this.redact = redact;
    this.recordsRead = records.size();
    records.forEach(this::remember);
  }

  /**
   * Opens a log for appending, creating it and its folder when missing, and reads the records it
   * holds. An incomplete last line is removed from the file; {@code warnings} hears about it and
   * about every line skipped.
   *
   * @param redact applied to every text written (responses, errors, details), to mask secrets
   */
  public static RunLog open(Path file, UnaryOperator<String> redact, Consumer<String> warnings)
      throws IOException {
    Objects.requireNonNull(redact);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new IOException("another evaluation is writing to the run log " + file
            + "; one run at a time may use a log");
      }
      List<LogRecord> records = new ArrayList<>();
      byte[] bytes = Files.readAllBytes(file);
      int complete = parse(file, bytes, records, warnings);
      if (complete < bytes.length) {
        String tail = new String(bytes, complete, bytes.length - complete, StandardCharsets.UTF_8);
        Optional<LogRecord> last = parseLine(tail);
        if (last.isPresent()) {
          // Whole record, only its line end missing: keep it.
          records.add(last.get());
          writeFully(channel, ByteBuffer.wrap(new byte[] {'\n'}), bytes.length);
        } else {
          warnings.accept("run log " + file + ": dropped an incomplete last line ("
              + (bytes.length - complete) + " bytes), left by an interrupted run");
          channel.truncate(complete);
        }
      }
      return new RunLog(file, channel, redact, records);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Every record of a log file, in order; skips lines that are no record, incomplete ones included. */
  public static List<LogRecord> read(Path file) throws IOException {
    List<LogRecord> records = new ArrayList<>();
    byte[] bytes = Files.readAllBytes(file);
    int complete = parse(file, bytes, records, warning -> {});
    if (complete < bytes.length) {
      parseLine(new String(bytes, complete, bytes.length - complete, StandardCharsets.UTF_8))
          .ifPresent(records::add);
    }
    return records;
  }

  /** Parses the complete lines; returns the length of the prefix made of complete lines. */
  private static int parse(Path file, byte[] bytes, List<LogRecord> records, Consumer<String> warnings) {
    int start = 0;
    int lineNumber = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lineNumber++;
        String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
        if (!line.isBlank()) {
          Optional<LogRecord> record = parseLine(line);
          if (record.isPresent()) {
            records.add(record.get());
          } else {
            warnings.accept("run log " + file + ":" + lineNumber + ": skipped a line that is no record");
          }
        }
        start = i + 1;
      }
    }
    return start;
  }

  /** The cached answer for a model, prompt and question: the latest answer record with these keys. */
  public synchronized Optional<LogRecord> cached(String model, String promptHash, String questionHash) {
    return Optional.ofNullable(answers.get(key(model, promptHash, questionHash)));
  }

  /** How many records the file held when it was opened. */
  public int recordsRead() {
    return recordsRead;
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** Appends one record, masked by the redactor, as one line, and flushes it. */
  public void append(LogRecord record) {
    byte[] line = (toJson(record, redact) + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (this) {
      try {
        writeFully(channel, ByteBuffer.wrap(line), channel.size());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot append to the run log " + file, e);
      }
      remember(record);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    channel.close(); // releases the lock
  }

  private static void writeFully(FileChannel channel, ByteBuffer bytes, long position) throws IOException {
    while (bytes.hasRemaining()) {
      position += channel.write(bytes, position);
    }
  }

  private void remember(LogRecord record) {
    if (record.isAnswer()) {
      answers.put(key(record.model(), record.promptHash(), record.questionHash()), record);
    }
  }

  private static String key(String model, String promptHash, String questionHash) {
    return model + '\u0000' + promptHash + '\u0000' + questionHash;
  }

  /** One record as one line of JSON, without the line end, every text passed through {@code redact}. */
  static String toJson(LogRecord r, UnaryOperator<String> redact) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("timestamp", r.timestamp());
      json.writeStringField("model", redact.apply(r.model()));
      json.writeStringField("id", redact.apply(r.id()));
      json.writeStringField("category", redact.apply(r.category()));
      json.writeStringField("expectation", r.expectation());
      json.writeStringField("question_hash", r.questionHash());
      json.writeStringField("prompt_hash", r.promptHash());
      json.writeStringField("response", redact.apply(r.response()));
      json.writeStringField("error", redact.apply(r.error()));
      json.writeStringField("outcome", r.outcome());
      if (r.passed() == null) {
        json.writeNullField("passed");
      } else {
        json.writeBooleanField("passed", r.passed());
      }
      json.writeNumberField("duration_ms", r.durationMs());
      writeInteger(json, "input_tokens", r.inputTokens());
      writeInteger(json, "output_tokens", r.outputTokens());
      json.writeStringField("response_model", r.responseModel());
      json.writeStringField("source", r.source());
      json.writeObjectFieldStart("scores");
      for (Map.Entry<String, Double> e : r.scores().entrySet()) {
        json.writeNumberField(e.getKey(), e.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("details");
      for (Map.Entry<String, String> e : r.details().entrySet()) {
        json.writeStringField(e.getKey(), redact.apply(e.getValue()));
      }
      json.writeEndObject();
      json.writeObjectFieldStart("scorer_keys");
      for (Map.Entry<String, String> e : r.scorerKeys().entrySet()) {
        json.writeStringField(e.getKey(), redact.apply(e.getValue()));
      }
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void writeInteger(JsonGenerator json, String name, Integer value) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, value);
    }
  }

  /** One line read back; empty when it is no complete record with the fields the cache needs. */
  static Optional<LogRecord> parseLine(String line) {
    Map<String, Object> fields = new HashMap<>();
    try (JsonParser json = JSON.createParser(line)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        JsonToken token = json.nextToken();
        switch (token) {
          case VALUE_STRING -> fields.put(name, json.getText());
          case VALUE_NUMBER_INT -> fields.put(name, json.getLongValue());
          case VALUE_NUMBER_FLOAT -> fields.put(name, json.getDoubleValue());
          case VALUE_TRUE, VALUE_FALSE -> fields.put(name, json.getBooleanValue());
          case VALUE_NULL -> fields.put(name, null);
          case START_OBJECT -> fields.put(name, readObject(json));
          default -> json.skipChildren();
        }
      }
      if (json.currentToken() != JsonToken.END_OBJECT || json.nextToken() != null) {
        return Optional.empty();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (!(fields.get("model") instanceof String model)
        || !(fields.get("question_hash") instanceof String questionHash)
        || !(fields.get("prompt_hash") instanceof String promptHash)) {
      return Optional.empty();
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    objectField(fields, "scores").forEach((k, v) -> {
      if (v instanceof Number n) {
        scores.put(k, n.doubleValue());
      }
    });
    Map<String, String> details = strings(objectField(fields, "details"));
    Map<String, String> scorerKeys = strings(objectField(fields, "scorer_keys"));
    return Optional.of(new LogRecord(
        string(fields, "timestamp"), model, string(fields, "id"), string(fields, "category"),
        string(fields, "expectation"), questionHash, promptHash, string(fields, "response"),
        string(fields, "error"), string(fields, "outcome"),
        fields.get("passed") instanceof Boolean b ? b : null,
        fields.get("duration_ms") instanceof Number n ? n.longValue() : 0L,
        integer(fields, "input_tokens"), integer(fields, "output_tokens"),
        string(fields, "response_model"), string(fields, "source"), scores, details, scorerKeys));
  }

  private static Map<String, Object> readObject(JsonParser json) throws IOException {
    Map<String, Object> map = new LinkedHashMap<>();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      JsonToken token = json.nextToken();
      switch (token) {
        case VALUE_STRING -> map.put(name, json.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> map.put(name, json.getDoubleValue());
        case VALUE_TRUE, VALUE_FALSE -> map.put(name, json.getBooleanValue());
        case VALUE_NULL -> map.put(name, null);
        default -> json.skipChildren();
      }
    }
    return map;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> objectField(Map<String, Object> fields, String name) {
    return fields.get(name) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  private static Map<String, String> strings(Map<String, Object> map) {
    Map<String, String> out = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (v instanceof String s) {
        out.put(k, s);
      }
    });
    return out;
  }

  private static String string(Map<String, Object> fields, String name) {
    return fields.get(name) instanceof String s ? s : null;
  }

  private static Integer integer(Map<String, Object> fields, String name) {
    return fields.get(name) instanceof Number n ? (Integer) n.intValue() : null;
  }
}
