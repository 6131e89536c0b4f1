package io.github.qacatalog.processor.parse;

import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The decoded text of a question file, with the means to turn an offset into a line and column.
 *
 * <p>The text has no byte-order mark and only {@code \n} line endings: a file saved with CRLF on
 * Windows must generate the same code as on Linux. Lines and columns are unaffected by both.
 */
public final class SourceFile {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final String text;
  private final int[] lineStarts;
  private int lastLine;

  private SourceFile(String text) {
    this.text = text;
    this.lineStarts = lineStarts(text);
  }

  /** A source file of text that is already decoded. */
  public static SourceFile of(String text) {
    String withoutBom = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    // Most files have no CR at all; one search spares them two passes over the whole text.
    return new SourceFile(withoutBom.indexOf('\r') < 0 ? withoutBom
        : withoutBom.replace("\r\n", "\n").replace('\r', '\n'));
  }

  /**
   * Decodes the bytes of a file as UTF-8. Reports {@link Message#FILE_NOT_UTF8} at the line and column
   * of the first bad byte and returns empty when they are not UTF-8.
   */
  public static Optional<SourceFile> decode(byte[] bytes, Diagnostics diagnostics) {
    // The JDK's own decoding is several times faster than a reporting CharsetDecoder; it turns bad
    // bytes into U+FFFD, so only a text that holds U+FFFD needs the strict decoder to tell a bad
    // byte from a U+FFFD written in the file.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return Optional.of(of(text));
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      out.flip();
      diagnostics.report(Message.FILE_NOT_UTF8, positionAfter(out), bytes[bad] & 0xFF);
      return Optional.empty();
    }
    return Optional.of(of(text));
  }

  /**
   * The position of the character that would follow {@code decoded}, the valid text before a bad
   * byte: counted as {@link #positionOf} counts, so any line ending ends a line and a byte-order
   * mark takes no column.
   */
  private static SourcePosition positionAfter(CharSequence decoded) {
    int line = 1;
    int lineStart = !decoded.isEmpty() && decoded.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == decoded.length() || decoded.charAt(i + 1) != '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePosition(line, decoded.length() - lineStart + 1);
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    return Arrays.copyOf(starts, count);
  }

  public String text() {
    return text;
  }

  /** The 1-based line and column of the character at {@code offset}. */
  public SourcePosition positionOf(int offset) {
    int line = lineIndex(offset);
    return new SourcePosition(line + 1, offset - lineStarts[line] + 1);
  }

  /**
   * The 0-based line of {@code offset}. The parser asks in file order, so the line found last
   * and the next few are tried before a binary search. Any value of {@link #lastLine} gives
   * the right answer, so threads that share the file need no lock.
   */
  private int lineIndex(int offset) {
    int line = lastLine;
    if (lineStarts[line] <= offset) {
      for (int tries = 0; tries < 4; tries++, line++) {
        if (line + 1 == lineStarts.length || lineStarts[line + 1] > offset) {
          lastLine = line;
          return line;
        }
      }
    }
    int index = Arrays.binarySearch(lineStarts, offset);
    line = index >= 0 ? index : -index - 2;
    lastLine = Math.max(line, 0);
    return line;
  }

  /** Whether the text is empty or only white space. */
  public boolean isBlank() {
    return text.isBlank();
  }
}
