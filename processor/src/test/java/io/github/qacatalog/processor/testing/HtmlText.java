package io.github.qacatalog.processor.testing;

/** What the Javadoc tool shows for HTML text: entities replaced by their characters. */
public final class HtmlText {
  private HtmlText() {}

  public static String unescape(String html) {
    StringBuilder text = new StringBuilder(html.length());
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      int end = c == '&' ? html.indexOf(';', i) : -1;
      if (end < 0) {
        text.append(c);
        continue;
      }
      String entity = html.substring(i + 1, end);
      switch (entity) {
        case "amp" -> text.append('&');
        case "lt" -> text.append('<');
        case "gt" -> text.append('>');
        case "quot" -> text.append('"');
        default -> {
          if (entity.startsWith("#x") || entity.startsWith("#X")) {
            appendCodePoint(text, Integer.parseInt(entity.substring(2), 16));
          } else if (entity.startsWith("#")) {
            appendCodePoint(text, Integer.parseInt(entity.substring(1)));
          } else {
            throw new IllegalArgumentException("unknown entity &" + entity + ";");
          }
        }
      }
      i = end;
    }
    return text.toString();
  }

  // A lone surrogate written as an entity stands for that one char.
  private static void appendCodePoint(StringBuilder text, int codePoint) {
    if (codePoint <= 0xFFFF) {
      text.append((char) codePoint);
    } else {
      text.appendCodePoint(codePoint);
    }
  }
}
