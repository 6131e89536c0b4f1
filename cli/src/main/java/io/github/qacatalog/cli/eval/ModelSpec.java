package io.github.qacatalog.cli.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A model as the command line names it, {@code PROVIDER:NAME}: {@code openai:gpt-4o-mini}, {@code
 * recorded:responses.csv}. The whole text is the model's name in the tables and the run log.
 *
 * @param provider the provider
 * @param name what follows the first colon: the provider's model name, or a recorded file's path
 * @param text the spec as typed
 */
public record ModelSpec(Provider provider, String name, String text) {

  /** Parses {@code PROVIDER:NAME}; the provider ignoring case. */
  public static ModelSpec parse(String text) {
    int colon = text.indexOf(':');
    String known = Arrays.stream(Provider.values()).map(Provider::prefix)
        .collect(Collectors.joining(", "));
    if (colon <= 0 || colon == text.length() - 1) {
      throw new ProviderException("a model is PROVIDER:NAME, such as openai:gpt-4o-mini, not \""
          + text + "\"; the providers: " + known);
    }
    String prefix = text.substring(0, colon).toLowerCase(Locale.ROOT);
    for (Provider p : Provider.values()) {
      if (p.prefix().equals(prefix)) {
        return new ModelSpec(p, text.substring(colon + 1).strip(), text);
      }
    }
    throw new ProviderException("unknown provider \"" + text.substring(0, colon) + "\" in " + text
        + "; the providers: " + known);
  }
}
