package io.github.qacatalog.cli.eval;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 {@link PrintStream} that writes into a {@link PrintWriter}: the evaluation prints to
 * streams, the command line's output is picocli's writers. Bytes are decoded at each line end and
 * flush, a character split between two writes kept for the next.
 */
public final class WriterPrintStream extends OutputStream {
  private final PrintWriter writer;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
  private ByteBuffer pending = ByteBuffer.allocate(8192);

  private WriterPrintStream(PrintWriter writer) {
    this.writer = writer;
  }

  /** A print stream into {@code writer}. */
  public static PrintStream of(PrintWriter writer) {
    return new PrintStream(new WriterPrintStream(writer), true, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void write(int b) {
    ensure(1);
    pending.put((byte) b);
    if (b == '\n') {
      flush();
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    ensure(length);
    pending.put(bytes, offset, length);
    flush();
  }

  @Override
  public synchronized void flush() {
    pending.flip();
    CharBuffer chars = CharBuffer.allocate(pending.remaining() + 1);
    decoder.decode(pending, chars, false);
    pending.compact();
    chars.flip();
    writer.append(chars);
    writer.flush();
  }

  private void ensure(int more) {
    if (pending.remaining() < more) {
      ByteBuffer bigger = ByteBuffer.allocate(Math.max(pending.capacity() * 2, pending.position() + more));
      pending.flip();
      bigger.put(pending);
      pending = bigger;
    }
  }
}
