package io.github.qacatalog.cli.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The environment variables the providers read, and every secret read from them, so that the
 * evaluation masks each wherever it would be written. Keys come from here only, never from the
 * command line, which a shell history or a CI log would keep.
 */
public final class ProviderEnvironment {
  private final Map<String, String> variables;
  private final List<String> secrets = new ArrayList<>();

  public ProviderEnvironment(Map<String, String> variables) {
    this.variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
  }

  /** A variable that is set and not blank. */
  public Optional<String> get(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /**
   * The key in the first of {@code names} that is set, remembered as a secret.
   *
   * @throws ProviderException naming the variables to set when none is
   */
  public String key(String provider, String... names) {
    for (String name : names) {
      Optional<String> value = get(name);
      if (value.isPresent()) {
        secrets.add(value.get());
        return value.get();
      }
    }
    throw new ProviderException("no key for " + provider + ": set the environment variable "
        + String.join(" or ", names) + " (keys are read from the environment only, never from the"
        + " command line)");
  }

  /** Every secret read so far. */
  public List<String> secrets() {
    return List.copyOf(secrets);
  }
}
