package io.github.qacatalog.processor.model;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * A {@code ##} section that holds questions, with the name of the enum it becomes.
 *
 * @param section the section, as {@link Catalog#sections()} lists it too
 * @param typeName the simple name of its enum, for example {@code ContextAwareQa}
 * @param questions its questions, named, in file order
 */
public record Category(Section section, String typeName, List<Question> questions) {

  public Category {
    questions = List.copyOf(questions);
  }

  public String title() {
    return section.title();
  }

  public Optional<String> description() {
    return section.description();
  }

  public SourcePosition position() {
    return section.position();
  }
}
