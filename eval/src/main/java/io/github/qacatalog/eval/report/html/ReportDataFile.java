package io.github.qacatalog.eval.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code report-data.json}: the report's data, written beside {@code report.html} so that the
 * review page can serve the same report without running anything again.
 */
public final class ReportDataFile {
  /** The file's name in an output directory. */
  public static final String NAME = "report-data.json";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private ReportDataFile() {}

  /** Writes the data to {@code file}, as UTF-8 JSON. */
  public static void write(ReportData data, Path file) throws IOException {
    Files.writeString(file, toJson(data));
  }

  /**
   * Reads the data from {@code file}.
   *
   * @throws IOException when it cannot be read, or is not a report's data (the message names the
   *     file, and the line and column of the problem)
   */
  public static ReportData read(Path file) throws IOException {
    try {
      return MAPPER.readValue(file.toFile(), ReportData.class);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where = at == null ? file.toString()
          : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new IOException(where + ": not a report's data: " + e.getOriginalMessage(), e);
    }
  }

  /** The data as JSON, on one line. */
  public static String toJson(ReportData data) {
    try {
      return MAPPER.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
