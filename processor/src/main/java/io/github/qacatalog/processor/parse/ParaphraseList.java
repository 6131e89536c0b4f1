package io.github.qacatalog.processor.parse;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code **Paraphrases:**} list of a question being read: where its marker stands, and its
 * items as offsets into the source until it is built.
 */
final class ParaphraseList {
  /** Offset of the {@code **Paraphrases:**} marker: the question's text ends before it. */
  final int markerOffset;
  final SourcePosition marker;
  private final List<Item> items = new ArrayList<>();
  /** Whether the list under the marker has been read; until then the next block must be it. */
  boolean listRead;

  private record Item(int start, int end, SourcePosition position) {}

  ParaphraseList(int markerOffset, SourcePosition marker) {
    this.markerOffset = markerOffset;
    this.marker = marker;
  }

  /** Adds the item whose list marker stands at {@code position} and whose text is {@code [start, end)}. */
  void add(int start, int end, SourcePosition position) {
    items.add(new Item(start, end, position));
  }

  List<ParsedQuestion.Paraphrase> build(String text) {
    List<ParsedQuestion.Paraphrase> built = new ArrayList<>(items.size());
    for (Item item : items) {
      built.add(new ParsedQuestion.Paraphrase(WhiteSpace.stripped(text, item.start(), item.end()),
          WhiteSpace.skip(text, item.start(), item.end()), item.position()));
    }
    return built;
  }
}
