package io.github.qacatalog.eval.scorer.refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a response says that the information is not available, the answer a model should
 * give to a question that its context cannot answer.
 *
 * <p>A response is read in lower case, with typographic apostrophes made plain and contractions
 * spelled out ({@code can't} is {@code cannot}, {@code doesn't} is {@code does not}, {@code I'm} is
 * {@code I am}). It is a refusal when it holds one of these statements:
 *
 * <ul>
 *   <li>something is not available, mentioned, provided, specified, found... <em>in the context</em>
 *       ("The information is not available in the provided context.", "Not available in the
 *       context.", "This is not mentioned anywhere in the given text.");
 *   <li>the context, as the subject, does not say it ("The context does not mention ...", "The
 *       provided text makes no mention of ...", "The documents are silent on ...");
 *   <li>there is no information, mention or detail about it in the context, or none is available
 *       ("There is no information about X in the context.");
 *   <li>the speaker cannot find, determine or answer it ("I'm sorry, but I cannot find any
 *       information on that.", "I am unable to determine this from the context.", "I cannot answer
 *       this question."), does not have the information ("I don't have that information") or does
 *       not know ("I don't know based on the provided context.");
 *   <li>it is outside the context, or cannot be answered or determined from it;
 *   <li>a bare "The information is not available." ending its sentence, or a whole response such as
 *       "N/A", "Unknown" or "Not specified".
 * </ul>
 *
 * <p>The statements are anchored so that answers which only use the words "not", "no" or "cannot"
 * are not refusals: "It does not depend on anything but the JDK.", "He could not reproduce the bug
 * until he pinned the seed", "No, it is generated at compile time", "Questions that are not listed
 * in the file are not compiled".
 *
 * <p><b>A refusal followed by an answer anyway is not a refusal.</b> "The context does not say, but
 * probably X" and "Satya Nadella is the CEO, but this is not mentioned in the context" answer from
 * outside the context, which is what a refusal check exists to catch, so {@link #isRefusal} is false
 * for them and {@link #classify} reports {@link Classification#HEDGED}. A refusal is hedged when, after the
 * refusal statement, the response goes on with a contrast (but, however, although, that said...)
 * or a guess (probably, likely, I believe, typically, as of 2024, general knowledge...), unless what
 * follows the contrast only points the reader elsewhere ("However, you could check the
 * documentation.") or describes what the context does hold ("However, it does describe the
 * project's goals."); or when the refusal comes after a contrast that follows a claim of two words
 * or more. Apologies and lead-ins before a contrast ("I'm sorry, but", "Good question, but") are
 * not claims. An answer given first and disclaimed afterwards without any contrast word ("Satya
 * Nadella. The context does not mention this.") is not recognised as hedged.
 *
 * <p>Instances are immutable and thread-safe. Add phrasings with {@link #withPhrases} (plain text)
 * or {@link #withPatterns} (regular expressions); both are matched against the normalised text.
 */
public final class RefusalDetector {
  /** What a response is, as far as refusing goes. */
  public enum Classification {
    /** No refusal statement: the response answers (rightly or not). */
    ANSWER,
    /** The response says that the information is not available, and nothing more is claimed. */
    REFUSAL,
    /** The response says the information is not available but answers anyway (see the class). */
    HEDGED
  }

  private static final RefusalDetector STANDARD_DETECTOR = new RefusalDetector(RefusalPhrases.STANDARD);

  private final List<Pattern> patterns;

  private RefusalDetector(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** The detector for the phrasings described in the class comment. */
  public static RefusalDetector standard() {
    return STANDARD_DETECTOR;
  }

  /**
   * This detector, also recognising the given phrases as refusals. A phrase is plain text matched
   * anywhere in the response, without regard to case, on whole words, after the normalisation
   * described in the class comment (so write {@code does not} for {@code doesn't}, or either: the
   * phrase is normalised too).
   */
  public RefusalDetector withPhrases(String... phrases) {
    List<Pattern> more = new ArrayList<>(patterns);
    for (String phrase : phrases) {
      String normal = normalise(Objects.requireNonNull(phrase, "phrase")).strip();
      if (normal.isEmpty()) {
        throw new IllegalArgumentException("a blank phrase would match every response");
      }
      String quoted = Pattern.quote(normal).replace(" ", "\\E\\s+\\Q");
      more.add(
          Pattern.compile(
              (Character.isLetterOrDigit(normal.charAt(0)) ? "\\b" : "")
                  + quoted
                  + (Character.isLetterOrDigit(normal.charAt(normal.length() - 1)) ? "\\b" : "")));
    }
    return new RefusalDetector(more);
  }

  /**
   * This detector, also recognising the given regular expressions as refusals. They are searched
   * for ({@link Matcher#find()}) in the normalised response: lower case, plain apostrophes,
   * contractions spelled out, whitespace collapsed to single spaces.
   */
  public RefusalDetector withPatterns(Pattern... more) {
    List<Pattern> all = new ArrayList<>(patterns);
    for (Pattern pattern : more) {
      all.add(Objects.requireNonNull(pattern, "pattern"));
    }
    return new RefusalDetector(all);
  }

  /**
   * Whether the response says that the information is not available, and does not go on to answer
   * anyway ({@link #classify} is {@link Classification#REFUSAL}).
   */
  public boolean isRefusal(String response) {
    return classify(response) == Classification.REFUSAL;
  }

  /** Whether the response answers, refuses, or refuses and then answers anyway. */
  public Classification classify(String response) {
    Objects.requireNonNull(response, "response");
    String text = normalise(response);
    int start = -1;
    int end = -1;
    for (Pattern pattern : patterns) {
      Matcher matcher = pattern.matcher(text);
      if (matcher.find() && (start < 0 || matcher.start() < start)) {
        start = matcher.start();
        end = matcher.end();
      }
    }
    if (start < 0) {
      return Classification.ANSWER;
    }
    return hedgedAfter(text.substring(end)) || claimBefore(text.substring(0, start))
        ? Classification.HEDGED
        : Classification.REFUSAL;
  }

  /** Whether, after the refusal, the response guesses or makes a claim after a contrast. */
  private boolean hedgedAfter(String rest) {
    Matcher boundary = RefusalPhrases.CLAUSE_END.matcher(rest);
    if (boundary.find()) {
      String later = rest.substring(boundary.end());
      Matcher guess = RefusalPhrases.GUESS.matcher(later);
      while (guess.find()) {
        if (claims(later.substring(guess.end()))) {
          return true;
        }
      }
    }
    Matcher contrast = RefusalPhrases.CONTRAST.matcher(rest);
    while (contrast.find()) {
      if (claims(rest.substring(contrast.end()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text after a contrast or a guess word says something of its own. */
  private boolean claims(String after) {
    if (!RefusalPhrases.WORD.matcher(after).find()) {
      return false;
    }
    return !RefusalPhrases.HARMLESS_AFTER_CONTRAST.matcher(after).find() && !refusesAgain(after);
  }

  private boolean refusesAgain(String text) {
    String clause = text.split("[.!?\\n]", 2)[0];
    for (Pattern pattern : patterns) {
      if (pattern.matcher(clause).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether, before the refusal, a claim of two words or more stands before a contrast. */
  private static boolean claimBefore(String prefix) {
    int last = -1;
    Matcher contrast = RefusalPhrases.CONTRAST.matcher(prefix);
    while (contrast.find()) {
      last = contrast.start();
    }
    if (last < 0) {
      return false;
    }
    String before = RefusalPhrases.LEAD_IN.matcher(prefix.substring(0, last)).replaceAll(" ");
    int words = 0;
    Matcher word = RefusalPhrases.WORD.matcher(before);
    while (word.find()) {
      words++;
    }
    return words >= 2;
  }

  /**
   * The text as the patterns see it: lower case, plain apostrophes and quotes, contractions spelled
   * out, Markdown emphasis removed, whitespace collapsed to single spaces.
   */
  static String normalise(String text) {
    String t = text.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u02bc', '\'')
        .replace('`', '\'')
        .replaceAll("[*_]{1,3}", "");
    t = t.replaceAll("\\bcan'?t\\b", "cannot")
        .replaceAll("\\bwon'?t\\b", "will not")
        .replaceAll("\\bcan not\\b", "cannot")
        .replaceAll("\\b(\\w+)n't\\b", "$1 not")
        .replaceAll("\\bi'm\\b", "i am")
        .replaceAll("\\bi've\\b", "i have")
        .replaceAll("\\bi'd\\b", "i would")
        .replaceAll("\\bthere's\\b", "there is")
        .replaceAll("\\bit's\\b", "it is")
        .replaceAll("\\bthat's\\b", "that is")
        .replaceAll("\\b(?:dont|doesnt|didnt|isnt|arent|wasnt|werent)\\b", "$0@")
        .replace("dont@", "do not")
        .replace("doesnt@", "does not")
        .replace("didnt@", "did not")
        .replace("isnt@", "is not")
        .replace("arent@", "are not")
        .replace("wasnt@", "was not")
        .replace("werent@", "were not");
    return t.replaceAll("\\s+", " ");
  }
}
