package io.github.qacatalog.processor.model;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import io.github.qacatalog.processor.parse.ParsedSection;
import java.util.List;
import java.util.Optional;

/**
 * A {@code ##} section that holds questions, with the name of the enum it becomes.
 *
 * @param parsed the section as read from the file
 * @param typeName the simple name of its enum, for example {@code ContextAwareQa}
 * @param questions its questions, named, in file order
 */
public record Category(ParsedSection parsed, String typeName, List<Question> questions) {

  public Category {
    questions = List.copyOf(questions);
  }

  public String title() {
    return parsed.title();
  }

  public Optional<String> description() {
    return parsed.description();
  }

  public SourcePosition position() {
    return parsed.position();
  }
}
