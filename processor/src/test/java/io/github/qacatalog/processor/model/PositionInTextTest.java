package io.github.qacatalog.processor.model;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import io.github.qacatalog.processor.parse.SourceFile;
import io.github.qacatalog.processor.testing.PropertyCheck;
import io.github.qacatalog.processor.testing.RandomTexts;
import org.junit.jupiter.api.Test;

/** A position inside a text, worked out from the text and its start, is the file's own position of that character. */
class PositionInTextTest {

  @Test
  void positionsInsideATextAreTheFilesPositions() {
    PropertyCheck.forAll("positions inside a text", 300, random -> {
      StringBuilder text = new StringBuilder();
      int lines = random.nextInt(1, 12);
      for (int i = 0; i < lines; i++) {
        text.append(RandomTexts.word(random).repeat(random.nextInt(0, 4))).append(random.nextBoolean() ? "\n" : "\r\n");
      }
      return text.toString();
    }, written -> {
      SourceFile file = SourceFile.of(written);
      String all = file.text();
      for (int from = 0; from < all.length(); from += 3) {
        String piece = all.substring(from, Math.min(all.length(), from + 17));
        SourcePosition start = file.positionOf(from);
        for (int index = 0; index < piece.length(); index++) {
          assertWithMessage("offset %s of the piece at %s", index, from)
              .that(PositionInText.of(piece, start, index)).isEqualTo(file.positionOf(from + index));
        }
      }
    });
  }

  @Test
  void aCharacterAfterLineBreaksIsOnItsOwnLineFromColumnOne() {
    SourcePosition start = new SourcePosition(7, 5);

    assertThat(PositionInText.of("ab\n\ncd", start, 0)).isEqualTo(new SourcePosition(7, 5));
    assertThat(PositionInText.of("ab\n\ncd", start, 2)).isEqualTo(new SourcePosition(7, 7));
    assertThat(PositionInText.of("ab\n\ncd", start, 3)).isEqualTo(new SourcePosition(8, 1));
    assertThat(PositionInText.of("ab\n\ncd", start, 5)).isEqualTo(new SourcePosition(9, 2));
  }
}
