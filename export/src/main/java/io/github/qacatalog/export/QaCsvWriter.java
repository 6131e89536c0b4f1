package io.github.qacatalog.export;

import io.github.qacatalog.QaItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes questions as CSV (RFC 4180) with the columns evaluation sheets expect: {@code
 * category,question,gold_answer,paraphrase_of}, one row per wording to ask. A question's own row
 * comes first, with an empty {@code paraphrase_of}; a row for each of its paraphrases follows, the
 * paraphrase in {@code question}, the same gold answer, and the question it rewords in {@code
 * paraphrase_of}. A question without an answer has an empty {@code gold_answer}. Texts keep their
 * line breaks inside quoted fields.
 */
public final class QaCsvWriter {
  /** The header row. */
  public static final String[] HEADER = {"category", "question", "gold_answer", "paraphrase_of"};

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

  private QaCsvWriter() {}

  /** Writes the header and one record per item to {@code out}, in order; leaves {@code out} open. */
  public static void write(Iterable<? extends QaItem> items, Appendable out) {
    try {
      CSVPrinter csv = new CSVPrinter(out, FORMAT);
      for (QaItem item : items) {
        String answer = item.answer().orElse("");
        csv.printRecord(item.category().title(), item.question(), answer, "");
        for (String paraphrase : item.paraphrases()) {
          csv.printRecord(item.category().title(), paraphrase, answer, item.question());
        }
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
