package io.github.qacatalog.it;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** What a Markdown node says, as a reader sees it: code spans in backticks, line breaks as spaces. */
final class Prose {
  private Prose() {}

  static String of(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text literal) {
        text.append(literal.getLiteral());
      }

      @Override
      public void visit(Code code) {
        text.append('`').append(code.getLiteral()).append('`');
      }

      @Override
      public void visit(SoftLineBreak lineBreak) {
        text.append(' ');
      }

      @Override
      public void visit(HardLineBreak lineBreak) {
        text.append(' ');
      }
    });
    return normalize(text.toString());
  }

  /** Every run of whitespace as one space. */
  static String normalize(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
