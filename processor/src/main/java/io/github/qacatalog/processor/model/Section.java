package io.github.qacatalog.processor.model;

import io.github.qacatalog.processor.diagnostic.SourcePosition;
import java.util.Optional;

/**
 * A {@code ##} section of the file, prose or questions.
 *
 * @param title the heading text as written, trimmed, without the {@code ##} marker
 * @param titleStart where the first character of {@code title} stands in the file
 * @param position where the heading starts
 * @param description the Markdown between the heading and the first question, trimmed, if any
 * @param blank whether the section holds nothing at all, not even prose
 */
public record Section(
    String title, SourcePosition titleStart, SourcePosition position, Optional<String> description, boolean blank) {}
