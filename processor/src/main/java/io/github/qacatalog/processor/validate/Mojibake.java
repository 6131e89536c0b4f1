package io.github.qacatalog.processor.validate;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds UTF-8 text that was decoded as Windows-1252 and saved again: {@code ’} (E2 80 99) becomes
 * {@code â€™}, {@code é} (C3 A9) becomes {@code Ã©}. A run of characters is mojibake when mapping
 * each back to its Windows-1252 byte gives one valid multi-byte UTF-8 sequence.
 */
final class Mojibake {
  /** The Windows-1252 byte of each char U+0000..U+FFFF it can hold, or -1. */
  private static final short[] BYTE_OF_CHAR = windows1252Bytes();

  private Mojibake() {}

  /** One occurrence: {@code found} at {@code index} of the text, which was probably {@code meant}. */
  record Occurrence(int index, String found, String meant) {}

  static List<Occurrence> find(String text) {
    // Most texts hold none, and share the empty list.
    List<Occurrence> found = List.of();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      // Only Windows-1252 bytes C2..F4 lead a UTF-8 sequence, and those are the chars U+00C2..U+00F4.
      if (c < 0xC2 || c > 0xF4) {
        i++;
        continue;
      }
      Optional<Occurrence> here = at(text, i);
      if (here.isPresent()) {
        if (found.isEmpty()) {
          found = new ArrayList<>();
        }
        found.add(here.get());
        i += here.get().found().length();
      } else {
        i++;
      }
    }
    return found;
  }

  private static Optional<Occurrence> at(String text, int start) {
    int lead = byteOf(text.charAt(start));
    int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    if (length == 0 || start + length > text.length()) {
      return Optional.empty();
    }
    byte[] bytes = new byte[length];
    for (int k = 0; k < length; k++) {
      int b = byteOf(text.charAt(start + k));
      if (b < 0 || (k > 0 && (b & 0xC0) != 0x80)) {
        return Optional.empty();
      }
      bytes[k] = (byte) b;
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer meant = utf8.decode(ByteBuffer.wrap(bytes));
      return Optional.of(new Occurrence(start, text.substring(start, start + length), meant.toString()));
    } catch (CharacterCodingException notUtf8) {
      return Optional.empty();
    }
  }

  private static int byteOf(char c) {
    return BYTE_OF_CHAR[c];
  }

  private static short[] windows1252Bytes() {
    short[] bytes = new short[Character.MAX_VALUE + 1];
    java.util.Arrays.fill(bytes, (short) -1);
    Charset windows1252 = Charset.forName("windows-1252");
    for (int b = 0x80; b <= 0xFF; b++) {
      String decoded = new String(new byte[] {(byte) b}, windows1252);
      // The five bytes Windows-1252 leaves undefined survive such round trips as C1 controls.
      char c = decoded.charAt(0) == '\uFFFD' ? (char) b : decoded.charAt(0);
      bytes[c] = (short) b;
    }
    return bytes;
  }
}
