package io.github.qacatalog.cli.eval;

import io.github.qacatalog.eval.Expectation;
import java.util.Locale;

/**
 * {@code --expect "CATEGORY=refusal"} (or {@code =answer}): what a category's questions expect.
 * The category is everything before the last {@code =}.
 */
public record ExpectOption(String category, Expectation expectation) {

  /** Parses the option; throws {@link IllegalArgumentException} saying what the form is. */
  public static ExpectOption parse(String text) {
    int equals = text.lastIndexOf('=');
    String form = "an expectation is CATEGORY=refusal or CATEGORY=answer, e.g. \"Out-of-Scope QA=refusal\","
        + " not \"" + text + "\"";
    if (equals <= 0) {
      throw new IllegalArgumentException(form);
    }
    String value = text.substring(equals + 1).strip().toUpperCase(Locale.ROOT);
    for (Expectation e : Expectation.values()) {
      if (e.name().equals(value)) {
        return new ExpectOption(text.substring(0, equals).strip(), e);
      }
    }
    throw new IllegalArgumentException(form);
  }
}
