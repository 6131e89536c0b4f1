package io.github.qacatalog.processor.generate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing text of ASCII characters, one byte each. The generated source is ASCII throughout (see
 * {@link JavaText}), and a byte array holds it at half the size of a {@code StringBuilder} that
 * some text of the file has widened to two bytes a char, and copies runs of a text in one go.
 */
final class AsciiBuilder {
  private byte[] bytes;
  private int count;

  AsciiBuilder(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /** Appends {@code c}, which is ASCII. */
  AsciiBuilder append(char c) {
    ensure(1);
    bytes[count++] = (byte) c;
    return this;
  }

  /** Appends {@code ascii}, which holds only ASCII characters. */
  AsciiBuilder append(String ascii) {
    return append(ascii, 0, ascii.length());
  }

  /** Appends {@code text.substring(start, end)}, which holds only ASCII characters. */
  @SuppressWarnings("deprecation") // Copies each char's low byte: exact for ASCII, and one array copy.
  AsciiBuilder append(String text, int start, int end) {
    ensure(end - start);
    text.getBytes(start, end, bytes, count);
    count += end - start;
    return this;
  }

  /** Appends {@code number} in decimal, without making a string of it first. */
  AsciiBuilder append(long number) {
    if (number < 0) {
      if (number == Long.MIN_VALUE) {
        return append(Long.toString(number));
      }
      append('-');
      number = -number;
    }
    int digits = 1;
    for (long rest = number / 10; rest > 0; rest /= 10) {
      digits++;
    }
    ensure(digits);
    for (int i = count + digits - 1; i >= count; i--) {
      bytes[i] = (byte) ('0' + number % 10);
      number /= 10;
    }
    count += digits;
    return this;
  }

  /** Appends {@code value} in upper-case hexadecimal, without leading zeros. */
  AsciiBuilder appendHex(int value) {
    int digits = Math.max(1, (35 - Integer.numberOfLeadingZeros(value)) / 4);
    ensure(digits);
    for (int i = count + digits - 1; i >= count; i--) {
      bytes[i] = (byte) "0123456789ABCDEF".charAt(value & 0xF);
      value >>>= 4;
    }
    count += digits;
    return this;
  }

  int length() {
    return count;
  }

  private void ensure(int more) {
    if (count + more > bytes.length) {
      long grown = Math.max((long) bytes.length * 2, (long) count + more);
      if (grown > Integer.MAX_VALUE - 16) {
        throw new OutOfMemoryError("the generated source would exceed 2 GiB");
      }
      bytes = Arrays.copyOf(bytes, (int) grown);
    }
  }

  @Override
  public String toString() {
    return new String(bytes, 0, count, StandardCharsets.ISO_8859_1);
  }
}
