package io.github.qacatalog.processor.parse;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Where a node of commonmark's tree stands in the source text. The parser asks commonmark for the
 * source spans of blocks and inlines, so every node has at least one.
 */
final class Spans {
  private Spans() {}

  /** The offset of the node's first character. */
  static int start(Node node) {
    return node.getSourceSpans().get(0).getInputIndex();
  }

  /** The offset just after the node's last character. */
  static int end(Node node) {
    SourceSpan last = last(node);
    return last.getInputIndex() + last.getLength();
  }

  /** The span of the node's last line. */
  static SourceSpan last(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.get(spans.size() - 1);
  }

  /** End of a leaf block's inline content: excludes a setext heading's underline. */
  static int contentEnd(Node leafBlock) {
    Node last = leafBlock.getLastChild();
    return last == null || last.getSourceSpans().isEmpty() ? end(leafBlock) : end(last);
  }
}
