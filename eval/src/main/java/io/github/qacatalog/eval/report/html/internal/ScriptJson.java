package io.github.qacatalog.eval.report.html.internal;

/**
 * JSON made safe to sit inside {@code <script type="application/json">}: no text in it can end the
 * element ({@code </script>}), open a comment that changes how the parser reads it ({@code <!--}),
 * or break a JavaScript string (U+2028, U+2029).
 *
 * <p>These characters can only occur inside JSON strings, where {@code \}{@code uXXXX} means the
 * same character, so the data parse to exactly what they were.
 */
public final class ScriptJson {
  private ScriptJson() {}

  /** The JSON with {@code < > &} and U+2028, U+2029 written as {@code \}{@code uXXXX}. */
  public static String embed(String json) {
    StringBuilder out = new StringBuilder(json.length() + json.length() / 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
