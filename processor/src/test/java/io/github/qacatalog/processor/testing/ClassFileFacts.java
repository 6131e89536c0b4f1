package io.github.qacatalog.processor.testing;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The two numbers of a class file that the JVM limits: how many constant-pool slots it uses, and
 * how many bytes of code each method has. Read straight from the bytes, as the JVM specification
 * (chapter 4) lays them out.
 *
 * @param constantPoolCount the class file's {@code constant_pool_count}, at most 65,535
 * @param codeLengths code bytes per method, by name ({@code <clinit>} for the static initialiser)
 */
public record ClassFileFacts(int constantPoolCount, Map<String, Integer> codeLengths) {

  public static ClassFileFacts read(byte[] classFile) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
      in.readInt();
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 3, 4 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++;
          }
          case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
          case 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 15 -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          default -> throw new IllegalStateException("unknown constant tag " + tag);
        }
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      in.readUnsignedShort();
      in.skipBytes(2 * in.readUnsignedShort());
      int fields = in.readUnsignedShort();
      for (int i = 0; i < fields; i++) {
        in.skipBytes(6);
        skipAttributes(in);
      }
      Map<String, Integer> codeLengths = new HashMap<>();
      int methods = in.readUnsignedShort();
      for (int i = 0; i < methods; i++) {
        in.readUnsignedShort();
        String name = utf8[in.readUnsignedShort()];
        in.readUnsignedShort();
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
          String attribute = utf8[in.readUnsignedShort()];
          int length = in.readInt();
          if (attribute.equals("Code")) {
            in.readUnsignedShort();
            in.readUnsignedShort();
            int codeLength = in.readInt();
            codeLengths.merge(name, codeLength, Math::max);
            in.skipBytes(length - 8);
          } else {
            in.skipBytes(length);
          }
        }
      }
      return new ClassFileFacts(count, codeLengths);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.readUnsignedShort();
      in.skipBytes(in.readInt());
    }
  }

  /** Code bytes of the static initialiser, 0 when there is none. */
  public int staticInitializer() {
    return codeLengths.getOrDefault("<clinit>", 0);
  }
}
