package io.github.qacatalog.processor.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@value UnicodeLetters#TABLE}, the letters, digits and marks of Unicode 13.0.0, from the tables
 * of JDK 17, which are Unicode 13.0.0 (see {@link Character}'s documentation of that release).
 * Run it on JDK 17 only, from the processor's directory, with the test classpath:
 * {@code java -cp target/test-classes:target/classes io.github.qacatalog.processor.model.UnicodeLettersTableGenerator}.
 * UnicodeLettersTest checks the table against JDK 17 on every build that runs there.
 */
public final class UnicodeLettersTableGenerator {
  private UnicodeLettersTableGenerator() {}

  public static void main(String[] args) throws IOException {
    if (Runtime.version().feature() != 17) {
      throw new IllegalStateException("run on JDK 17, whose tables are Unicode 13.0.0, not on " + Runtime.version());
    }
    Path out = Path.of("src/main/resources/io/github/qacatalog/processor/model", UnicodeLetters.TABLE);
    Files.writeString(out, table(), StandardCharsets.US_ASCII);
  }

  /** The table as the JDK running this sees it. */
  static String table() {
    StringBuilder table = new StringBuilder()
        .append("# Unicode 13.0.0: the ranges of code points that are letters (L*) or decimal digits (Nd), marked L,\n")
        .append("# and of marks (Mn, Mc, Me), marked M. Written by UnicodeLettersTableGenerator on JDK 17; do not edit.\n");
    char open = 0;
    int start = -1;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT + 1; cp++) {
      char kind = cp > Character.MAX_CODE_POINT ? 0 : kindOf(cp);
      if (kind != open) {
        if (open != 0) {
          table.append(String.format("%04X..%04X %c%n", start, cp - 1, open));
        }
        open = kind;
        start = cp;
      }
    }
    return table.toString();
  }

  private static char kindOf(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return 'L';
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK ? 'M' : 0;
  }
}
