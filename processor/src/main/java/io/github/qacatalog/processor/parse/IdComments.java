package io.github.qacatalog.processor.parse;

import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.VisibleText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;

/**
 * The {@code <!-- id: x -->} comments. Each names the question that directly follows it; until
 * that question comes its id is pending. An id that no question follows directly would silently
 * name nothing, so it is reported.
 */
final class IdComments {
  private static final Pattern ID_COMMENT =
      Pattern.compile("\\A\\s*<!--\\s*id\\s*:(.*?)-->\\s*\\z", Pattern.DOTALL);

  private final SourceFile source;
  private final Diagnostics diagnostics;
  private ParsedQuestion.ExplicitId pending;
  private ParsedQuestion.ExplicitId pendingBeforeBlock;

  IdComments(SourceFile source, Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
  }

  /**
   * Whether {@code html} is an id comment. If it is, its id is pending, and an id that was pending
   * before names nothing.
   */
  boolean read(HtmlBlock html) {
    String literal = html.getLiteral();
    Matcher matcher = ID_COMMENT.matcher(literal);
    if (!matcher.matches()) {
      return false;
    }
    notFollowedByQuestion();
    String id = WhiteSpace.stripped(literal, matcher.start(1), matcher.end(1));
    int start = Spans.start(html);
    int idOffset = start + WhiteSpace.skip(literal, matcher.start(1), matcher.end(1));
    // Every id is handed on as written; the validator checks it. An empty one stands where its comment does.
    pending = new ParsedQuestion.ExplicitId(id, source.positionOf(id.isEmpty() ? start : idOffset));
    return true;
  }

  /** The pending id, for the question that follows it; null when there is none. */
  ParsedQuestion.ExplicitId take() {
    ParsedQuestion.ExplicitId id = pending;
    pending = null;
    return id;
  }

  /** Something that is no question follows: the pending id, if any, names nothing. */
  void notFollowedByQuestion() {
    if (pending != null) {
      diagnostics.report(Message.ID_WITHOUT_QUESTION, pending.position(), VisibleText.of(pending.value()));
      pending = null;
    }
  }

  /** A top-level block starts. */
  void blockStarts() {
    pendingBeforeBlock = pending;
  }

  /** A top-level block ended: an id pending before it that it neither took nor replaced names nothing. */
  void blockEnded() {
    if (pendingBeforeBlock != null && pending == pendingBeforeBlock) {
      notFollowedByQuestion();
    }
    pendingBeforeBlock = null;
  }
}
