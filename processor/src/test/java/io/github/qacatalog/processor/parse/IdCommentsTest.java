package io.github.qacatalog.processor.parse;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.SourcePosition;
import io.github.qacatalog.processor.testing.CompiledFile;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

class IdCommentsTest {
  private final Diagnostics diagnostics = new Diagnostics();

  /** The HTML blocks of {@code markdown}, read in turn by one {@link IdComments}. */
  private IdComments read(String markdown, List<Boolean> wereIdComments) {
    SourceFile source = SourceFile.of(markdown);
    IdComments ids = new IdComments(source, diagnostics);
    for (Node block = QuestionFileParser.markdownTree(markdown).getFirstChild(); block != null; block = block.getNext()) {
      wereIdComments.add(ids.read((HtmlBlock) block));
    }
    return ids;
  }

  private IdComments read(String markdown) {
    return read(markdown, new ArrayList<>());
  }

  private List<String> codes() {
    return diagnostics.inFileOrder().stream().map(d -> d.position() + " " + d.message().code()).toList();
  }

  @Test
  void onlyAnIdCommentIsRead() {
    List<Boolean> wereIdComments = new ArrayList<>();
    read("<!-- id: lora-bug -->\n\n<!-- a note -->\n\n<div>id: x</div>\n\n<!--id:x-->\n", wereIdComments);

    assertThat(wereIdComments).containsExactly(true, false, false, true).inOrder();
  }

  @Test
  void theIdIsTrimmedAndPlacedAtItsFirstCharacter() {
    ParsedQuestion.ExplicitId id = read("  <!--  id :  lora-bug \n -->\n").take();

    assertThat(id).isEqualTo(new ParsedQuestion.ExplicitId("lora-bug", new SourcePosition(1, 15)));
    assertThat(diagnostics.inFileOrder()).isEmpty();
  }

  @Test
  void takingTheIdLeavesNonePending() {
    IdComments ids = read("<!-- id: one -->\n");

    assertThat(ids.take().value()).isEqualTo("one");
    assertThat(ids.take()).isNull();
    ids.notFollowedByQuestion();
    assertThat(diagnostics.inFileOrder()).isEmpty();
  }

  @Test
  void anIdThatTheNextIdReplacesNamesNothing() {
    IdComments ids = read("<!-- id: first -->\n<!-- id: second -->\n\n<!-- id: third -->\n");

    assertThat(ids.take().value()).isEqualTo("third");
    assertThat(codes()).containsExactly("1:10 id-without-question", "2:10 id-without-question").inOrder();
  }

  @Test
  void anIdThatABlockNeitherTakesNorReplacesNamesNothing() {
    IdComments ids = read("<!-- id: kept -->\n");

    ids.blockStarts();
    ids.take();
    ids.blockEnded();
    assertThat(diagnostics.inFileOrder()).isEmpty();

    IdComments lost = read("<!-- id: lost -->\n");
    lost.blockStarts();
    lost.blockEnded();
    assertThat(codes()).containsExactly("1:10 id-without-question");
    assertThat(lost.take()).isNull();
  }

  @Test
  void anIdCommentBlockKeepsItsOwnIdPending() {
    IdComments ids = new IdComments(SourceFile.of("<!-- id: new -->\n"), diagnostics);

    ids.blockStarts();
    ids.read((HtmlBlock) QuestionFileParser.markdownTree("<!-- id: new -->\n").getFirstChild());
    ids.blockEnded();

    assertThat(diagnostics.inFileOrder()).isEmpty();
    assertThat(ids.take().value()).isEqualTo("new");
  }

  @Test
  void everyIdIsHandedOnAsWrittenForTheValidatorToCheck() {
    IdComments ids = read("<!-- id: lora bug -->\n");
    assertThat(ids.take()).isEqualTo(new ParsedQuestion.ExplicitId("lora bug", new SourcePosition(1, 10)));

    IdComments empty = read("\n<!-- id:   -->\n");
    assertThat(empty.take()).isEqualTo(new ParsedQuestion.ExplicitId("", new SourcePosition(2, 1)));
    assertThat(codes()).isEmpty();
  }

  @Test
  void idThatNoQuestionFollowsIsAnError() {
    CompiledFile file = CompiledFile.ofText("## A\n\n<!-- id: lost -->\n\nSome prose.\n\n**Question:** One?\n\n"
        + "<!-- id: first -->\n<!-- id: second -->\n**Question:** Two?\n\n<!-- id: last -->\n");

    assertThat(file.problems()).containsExactly(
        "3:10 id-without-question", "9:10 id-without-question", "13:10 id-without-question").inOrder();
    assertThat(file.constantNames()).containsExactly("ONE", "SECOND").inOrder();
  }
}
