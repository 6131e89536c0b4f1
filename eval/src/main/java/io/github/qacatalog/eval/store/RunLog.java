package io.github.qacatalog.eval.store;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The run log: a JSON Lines file, one {@link RunRecord} per line, that only ever grows, and the
 * cache of answers.
 *
 * <p>Each record goes to the file at once, unbuffered, as one write of one whole line, so that a
 * run that is killed loses no finished answer. A kill in the middle of a write can leave an
 * incomplete last line: it is dropped when the log is opened again, with a warning (the answer it
 * held had not been counted as finished and is asked again). A line in the middle of the file that
 * is no record is skipped with a warning. The latest answer record for a model, variant, prompt
 * hash, question hash (of the text asked), wording and sample is the cached answer; records of failed calls are never reused.
 *
 * <p>One run at a time may use a log: an open log holds an exclusive lock on its file (an operating
 * system lock, so it holds against other processes too), and opening it a second time, in this
 * process or another, fails with {@link #LOCKED_MESSAGE} until the first is closed. The file is
 * read through the locked channel itself: on POSIX systems, closing any other handle on the file
 * would silently release the process's lock.
 *
 * <p>Records are written as they are given: the evaluation masks secrets before a record reaches
 * the log.
 */
public final class RunLog implements Closeable {
  /** The start of the message when another run holds the log. */
  public static final String LOCKED_MESSAGE = "another evaluation is using the run log ";

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  private final Path file;
  private final FileChannel channel;
  private final AnswerCache answers = new AnswerCache();
  private final int recordsRead;

  private RunLog(Path file, FileChannel channel, List<RunRecord> records) {
    this.file = file;
    this.channel = channel;
    this.recordsRead = records.size();
    records.forEach(answers::remember);
  }

  /**
   * Opens a log for appending, creating it and its folder when missing, and reads the records it
   * holds. An incomplete last line is removed from the file; {@code warnings} hears about it and
   * about every line skipped.
   *
   * @throws IOException when the file cannot be opened, or another run holds it ({@link
   *     #LOCKED_MESSAGE})
   */
  public static RunLog open(Path file, Consumer<String> warnings) throws IOException {
    Objects.requireNonNull(warnings);
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
        throw new IOException(LOCKED_MESSAGE + file + "; one run at a time may use a log");
      }
      List<RunRecord> records = new ArrayList<>();
      byte[] bytes = readAll(channel);
      int complete = parse(file, bytes, records, warnings);
      if (complete < bytes.length) {
        Optional<RunRecord> last = parseLine(new String(bytes, complete, bytes.length - complete,
            StandardCharsets.UTF_8));
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
      return new RunLog(file, channel, records);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Every record of a log file, in order; skips lines that are no record, incomplete ones included.
   * Reads without the lock: a log that a run is writing reads up to its last whole line.
   */
  public static List<RunRecord> read(Path file) throws IOException {
    List<RunRecord> records = new ArrayList<>();
    byte[] bytes = Files.readAllBytes(file);
    int complete = parse(file, bytes, records, warning -> {});
    if (complete < bytes.length) {
      parseLine(new String(bytes, complete, bytes.length - complete, StandardCharsets.UTF_8))
          .ifPresent(records::add);
    }
    return records;
  }

  private static byte[] readAll(FileChannel channel) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(channel.size(), 1 << 20));
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    long position = 0;
    int n;
    while ((n = channel.read(buffer, position)) > 0) {
      out.write(buffer.array(), 0, n);
      position += n;
      buffer.clear();
    }
    return out.toByteArray();
  }

  /** Parses the complete lines; returns the length of the prefix made of complete lines. */
  private static int parse(Path file, byte[] bytes, List<RunRecord> records, Consumer<String> warnings) {
    int start = 0;
    int lineNumber = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lineNumber++;
        String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
        if (!line.isBlank()) {
          Optional<RunRecord> record = parseLine(line);
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

  /** The cached answer to the question as written: the latest answer record with these keys. */
  public Optional<RunRecord> cached(String model, String variant, String promptHash,
      String questionHash, int sample) {
    return cached(model, variant, promptHash, questionHash, 0, sample);
  }

  /**
   * The cached answer to one wording (0 the question as written, n its n-th paraphrase; {@code
   * questionHash} is the hash of the text asked): the latest answer record with these keys.
   */
  public Optional<RunRecord> cached(String model, String variant, String promptHash,
      String questionHash, int wording, int sample) {
    return answers.get(new AnswerCache.Key(model, variant, promptHash, questionHash, wording, sample));
  }

  /** How many records the file held when it was opened. */
  public int recordsRead() {
    return recordsRead;
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** Appends one record as one line, and flushes it. */
  public void append(RunRecord record) {
    byte[] line = (toJson(record) + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (this) {
      try {
        writeFully(channel, ByteBuffer.wrap(line), channel.size());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot append to the run log " + file, e);
      }
    }
    answers.remember(record);
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

  /** One record as one line of JSON, without the line end. */
  static String toJson(RunRecord record) {
    try {
      return JSON.writeValueAsString(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line read back; empty when it is no complete record with the fields the cache needs. */
  static Optional<RunRecord> parseLine(String line) {
    try {
      return Optional.ofNullable(JSON.readValue(line, RunRecord.class));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
