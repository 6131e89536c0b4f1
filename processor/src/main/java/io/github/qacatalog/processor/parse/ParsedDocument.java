package io.github.qacatalog.processor.parse;

import java.util.List;

/**
 * What the parser read from a question file: its {@code ##} sections, in file order, with the
 * source they came from.
 */
public record ParsedDocument(SourceFile source, List<ParsedSection> sections) {

  public ParsedDocument {
    sections = List.copyOf(sections);
  }

  /** Every question of every section, in file order. */
  public List<ParsedQuestion> questions() {
    return sections.stream().flatMap(s -> s.questions().stream()).toList();
  }
}
