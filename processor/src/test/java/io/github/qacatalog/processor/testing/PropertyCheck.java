package io.github.qacatalog.processor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property over random inputs, the same inputs on every run: the seed is fixed unless
 * {@code -Dqacatalog.properties.seed} gives another ({@code random} draws one and prints it). A
 * longer campaign sets {@code -Dqacatalog.properties.tries=N} for every property.
 *
 * <p>Each try has its own seed, printed on failure, so that {@code -Dqacatalog.properties.seed=S
 * -Dqacatalog.properties.tries=1} repeats exactly the failing input. A failing input is then made
 * smaller, as long as it still fails, by the shrinker given, if any.
 */
public final class PropertyCheck {
  /** The seed of the first try when none is given. */
  public static final long DEFAULT_SEED = 0x5EED_2026_0005L;

  private static final String SEED_PROPERTY = "qacatalog.properties.seed";
  private static final String TRIES_PROPERTY = "qacatalog.properties.tries";
  private static final long SEED_STEP = 0x9E37_79B9_7F4A_7C15L;
  private static final int MAX_SHRINK_STEPS = 200;

  private PropertyCheck() {}

  /** Checks {@code property} on {@code defaultTries} inputs (or the number the system property gives). */
  public static <T> void forAll(String name, int defaultTries, Function<SplittableRandom, T> generator,
      Consumer<T> property) {
    forAll(name, defaultTries, generator, property, input -> List.of(), String::valueOf);
  }

  /**
   * As {@link #forAll(String, int, Function, Consumer)}, making a failing input smaller with {@code
   * shrinker} (which proposes smaller variants of an input) and showing it with {@code describe}.
   */
  public static <T> void forAll(String name, int defaultTries, Function<SplittableRandom, T> generator,
      Consumer<T> property, Function<T, List<T>> shrinker, Function<T, String> describe) {
    long seed = seed();
    int tries = Integer.getInteger(TRIES_PROPERTY, defaultTries);
    for (int i = 0; i < tries; i++) {
      long trySeed = seed + i * SEED_STEP;
      T input = generator.apply(new SplittableRandom(trySeed));
      Throwable failure = failure(property, input);
      if (failure == null) {
        continue;
      }
      T smallest = input;
      int steps = 0;
      boolean smaller = true;
      while (smaller && steps < MAX_SHRINK_STEPS) {
        smaller = false;
        for (T candidate : shrinker.apply(smallest)) {
          steps++;
          Throwable candidateFailure = failure(property, candidate);
          if (candidateFailure != null) {
            smallest = candidate;
            failure = candidateFailure;
            smaller = true;
            break;
          }
          if (steps >= MAX_SHRINK_STEPS) {
            break;
          }
        }
      }
      throw new AssertionError(String.format(
          "property \"%s\" failed on try %d of %d; repeat it with -D%s=%d -D%s=1%nsmallest failing input: %s",
          name, i + 1, tries, SEED_PROPERTY, trySeed, TRIES_PROPERTY, describe.apply(smallest)), failure);
    }
  }

  private static <T> Throwable failure(Consumer<T> property, T input) {
    try {
      property.accept(input);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }

  private static long seed() {
    String given = System.getProperty(SEED_PROPERTY);
    if (given == null || given.isBlank()) {
      return DEFAULT_SEED;
    }
    if (given.equals("random")) {
      long seed = new SplittableRandom().nextLong();
      System.out.println("qacatalog properties: -D" + SEED_PROPERTY + "=" + seed);
      return seed;
    }
    return Long.parseLong(given.strip());
  }

  /** Variants of {@code lines} with one run of lines removed, the longest runs first. */
  public static List<List<String>> withoutRuns(List<String> lines) {
    List<List<String>> variants = new ArrayList<>();
    for (int length = Math.max(1, lines.size() / 2); length >= 1; length /= 2) {
      for (int start = 0; start + length <= lines.size(); start += length) {
        List<String> variant = new ArrayList<>(lines.subList(0, start));
        variant.addAll(lines.subList(start + length, lines.size()));
        variants.add(variant);
      }
      if (length == 1) {
        break;
      }
    }
    return variants;
  }

  /** {@code text} as a Java string literal would show it, for failure messages. */
  public static String show(String text) {
    StringBuilder shown = new StringBuilder("\"");
    for (int i = 0; i < text.length() && i < 2_000; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        shown.append('\\').append(c);
      } else if (c == '\n') {
        shown.append("\\n");
      } else if (c >= 0x20 && c < 0x7F) {
        shown.append(c);
      } else {
        shown.append(String.format("\\u%04x", (int) c));
      }
    }
    return shown.append(text.length() > 2_000 ? "\"... (" + text.length() + " chars)" : "\"").toString();
  }
}
