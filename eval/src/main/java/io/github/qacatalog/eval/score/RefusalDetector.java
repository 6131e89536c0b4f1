package io.github.qacatalog.eval.score;

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
 * for them and {@link #classify} reports {@link Outcome#HEDGED}. A refusal is hedged when, after the
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
  public enum Outcome {
    /** No refusal statement: the response answers (rightly or not). */
    ANSWER,
    /** The response says that the information is not available, and nothing more is claimed. */
    REFUSAL,
    /** The response says the information is not available but answers anyway (see the class). */
    HEDGED
  }

  private static final String NOT = "(?:not|never)";

  /** A mention of the context the model was given. */
  private static final String CONTEXT =
      "(?:(?:the|this|that|your|my|any|these|those)\\s+)?"
          + "(?:(?:(?:provided|given|supplied|above|attached|available|shared|reference|background|"
          + "following|included|relevant)\\s+)?(?:context|ctx|passages?|excerpts?|snippets?)"
          + "|(?:provided|given|supplied|above|attached|available|shared|reference|following|"
          + "included)\\s+(?:texts?|information|documents?|documentation|materials?|sources?|data|"
          + "files?|content|knowledge\\s+base|notes?)"
          + "|(?:context|texts?|information|documents?|documentation|materials?|sources?|data|"
          + "content)\\s+"
          + "(?:provided|given|supplied|(?:that\\s+)?(?:you|i)\\s+(?:have\\s+|was\\s+|were\\s+)?"
          + "(?:provided|given|shared|gave(?:\\s+me)?|sent(?:\\s+me)?)))";

  private static final String SAID =
      "(?:available|present|included|provided|found|given|stated|specified|mentioned|contained|"
          + "covered|listed|described|disclosed|addressed|discussed|documented|detailed|"
          + "referenced|explained|indicated|shown|recorded|known|answered|identified|revealed|"
          + "named|clear|there)";

  private static final String SAY_VERB =
      "(?:mention|say|specify|include|contain|provide|state|describe|cover|discuss|address|give|"
          + "list|tell|indicate|offer|detail|reference|answer|explain|reveal|name|identify|disclose|"
          + "talk|touch|specifically|explicitly|directly|clearly|have|hold|show|contain|document)";

  private static final String INFO =
      "(?:information|info|details?|mention|data|records?|indication|reference|answer|specifics|"
          + "knowledge|evidence|facts?)";

  private static final String CANNOT =
      "(?:cannot|could\\s+not|am\\s+unable\\s+to|was\\s+unable\\s+to|am\\s+not\\s+able\\s+to|"
          + "was\\s+not\\s+able\\s+to|do\\s+not|did\\s+not|will\\s+not|would\\s+not|unfortunately\\s+cannot)";

  private static final List<Pattern> STANDARD =
      List.of(
          // ... is not mentioned / available / ... in the context
          Pattern.compile(
              "\\b" + NOT + "\\s+(?:\\w+\\s+){0,2}?" + SAID + "\\b[^.!?\\n]{0,100}?\\b"
                  + "(?:in|within|from|by|inside|anywhere\\s+in|on|based\\s+on|according\\s+to)\\s+"
                  + CONTEXT + "\\b"),
          // the context does not mention / makes no mention / is silent
          Pattern.compile(
              "\\b" + CONTEXT + "\\s+(?:\\w+\\s+)?(?:does|do|did|cannot|could|can|will)\\s+"
                  + NOT + "\\s+(?:\\w+\\s+)?" + SAY_VERB),
          Pattern.compile(
              "\\b" + CONTEXT + "\\s+(?:\\w+\\s+)?(?:makes?|has|have|contains?|gives?|provides?|"
                  + "offers?|includes?|holds?|says?|mentions?|lacks?)\\s+(?:no|nothing|any)\\b"),
          Pattern.compile("\\b" + CONTEXT + "\\s+(?:is|are|was|were|remains?)\\s+silent\\b"),
          // the context only discusses X; it does not provide Y
          Pattern.compile(
              "\\b" + CONTEXT + "\\b[^.!?\\n]{0,150}?[;,]\\s*(?:but\\s+|and\\s+)?(?:it|they)\\s+"
                  + "(?:does|do|did)\\s+not\\s+(?:\\w+\\s+)?" + SAY_VERB),
          // according to the context, there is no ...
          Pattern.compile(
              "\\b(?:according\\s+to|based\\s+(?:only\\s+)?on|in|from|within)\\s+" + CONTEXT
                  + "\\s*,\\s*(?:there\\s+(?:is|are|was|were)\\s+(?:no|not\\s+any|nothing)\\b|"
                  + "nothing\\s+(?:is|was)\\s+(?:said|mentioned|stated))"),
          // there is no information about X in the context / no information is available
          Pattern.compile(
              "\\b(?:no|not\\s+any|not\\s+enough|insufficient|little\\s+or\\s+no)\\s+(?:\\w+\\s+){0,2}?"
                  + INFO + "\\b[^.!?\\n]{0,150}?\\b(?:in|within|from|inside|on|based\\s+on)\\s+"
                  + CONTEXT + "\\b"),
          Pattern.compile(
              "\\b(?:no|not\\s+any)\\s+(?:\\w+\\s+)?(?:information|info|details?|data|answer)\\s+"
                  + "(?:(?:is|are|was|were)\\s+)?(?:available|provided|given|included|found|"
                  + "specified|mentioned)\\b"),
          Pattern.compile(
              "\\b(?:not\\s+enough|insufficient)\\s+(?:information|context|details?|data)\\s+"
                  + "(?:\\w+\\s+)?to\\s+(?:answer|determine|say|tell|know|provide|identify)\\b"),
          // I cannot find any information / I cannot find that in the context / I cannot answer
          Pattern.compile(
              "\\bi\\s+(?:\\w+\\s+)?" + CANNOT + "\\s+(?:find|locate|see|identify|determine|provide|"
                  + "give|confirm|verify|say|tell|access|retrieve|discover|spot)\\s+"
                  + "(?:(?:any|the|that|this|such|specific|relevant|more|further|an?|enough|"
                  + "sufficient|requested|exact|specifics?)\\s+){0,3}"
                  + "(?:information|info|answer|details?|mention|reference|data|anything|evidence|"
                  + "specifics)\\b"),
          Pattern.compile(
              "\\bi\\s+(?:\\w+\\s+)?" + CANNOT + "\\s+(?:find|locate|see|identify|determine|provide|"
                  + "give|confirm|verify|say|tell|answer|know)\\s+(?:that|this|it|so)\\s*"
                  + "(?:[.!,;]|$|\\s+(?:in|from|within|based|according|with|question|for\\s+sure))"),
          Pattern.compile(
              "\\bi\\s+(?:\\w+\\s+)?" + CANNOT + "\\s+(?:\\w+\\s+)?(?:find|locate|see|determine|"
                  + "identify|answer|provide|confirm|tell|say)\\b[^.!?\\n]{0,100}?\\b"
                  + "(?:in|within|from|inside|on|based\\s+on|according\\s+to)\\s+" + CONTEXT + "\\b"),
          Pattern.compile(
              "\\bi\\s+(?:\\w+\\s+)?" + CANNOT + "\\s+answer\\s+(?:(?:this|that|the|your)\\s+)?"
                  + "(?:question|query|request)?\\b"),
          Pattern.compile(
              "\\b(?:unable|not\\s+able|impossible)\\s+to\\s+(?:answer|determine|find|locate|say|"
                  + "tell|identify|confirm|provide\\s+(?:an?\\s+|that\\s+|this\\s+|the\\s+)?"
                  + "(?:answer|information|details?))\\b"),
          // I don't have that information / I have no information
          Pattern.compile(
              "\\bi\\s+(?:\\w+\\s+)?(?:do|did)\\s+not\\s+have\\s+(?:\\w+\\s+){0,3}?"
                  + "(?:information|info|details?|data|knowledge|access|answer|context|specifics|"
                  + "records?)\\b"),
          Pattern.compile(
              "\\bi\\s+(?:have|had)\\s+no\\s+(?:\\w+\\s+)?(?:information|info|details?|data|"
                  + "knowledge|access|context|specifics|records?|way\\s+(?:of|to)\\s+know)"),
          // I don't know (based on the context)
          Pattern.compile(
              "\\bi\\s+(?:really\\s+|honestly\\s+|simply\\s+)?do\\s+not\\s+know\\s*"
                  + "(?:[.!,;:]|$|\\s+(?:based|from|according|given|the\\s+answer|that|this|who|what|"
                  + "where|when|which|how|whether|if|for\\s+sure|the|any|of\\s+any))"),
          Pattern.compile("\\bi\\s+am\\s+not\\s+(?:aware|sure)\\s+(?:of|about|what|who|which|where|"
              + "when|whether)\\b[^.!?\\n]{0,100}?\\b(?:in|within|from|based\\s+on)\\s+" + CONTEXT
              + "\\b"),
          Pattern.compile("\\bi\\s+am\\s+not\\s+aware\\s+of\\s+(?:any|that|this|such)\\b"),
          // outside the context / cannot be answered from the context
          Pattern.compile(
              "\\b(?:outside|beyond)\\s+(?:of\\s+)?(?:the\\s+)?(?:scope\\s+of\\s+)?"
                  + "(?:what\\s+(?:is|was)\\s+(?:covered|provided|given|mentioned)\\s+(?:in|by)\\s+)?"
                  + CONTEXT + "\\b"),
          Pattern.compile(
              "\\b(?:cannot|can\\s+not|could\\s+not|can\\s+only\\s+not)\\s+be\\s+(?:answered|"
                  + "determined|found|inferred|deduced|established|known|confirmed|verified|"
                  + "identified|derived)\\s+(?:\\w+\\s+)?(?:from|in|with|using|based\\s+on|by)\\s+"
                  + CONTEXT + "\\b"),
          Pattern.compile("\\b(?:cannot|can\\s+not)\\s+be\\s+answered\\b"),
          Pattern.compile(
              "\\b(?:the\\s+|this\\s+|that\\s+|such\\s+|the\\s+requested\\s+|this\\s+specific\\s+)"
                  + "(?:information|info|answer|details?|data|specifics)\\s+(?:is|are|was|were)\\s+"
                  + "(?:not|unavailable)\\s*(?:(?:currently|publicly|readily)\\s+)?"
                  + "(?:available|provided|given|included|specified|mentioned|stated|present|known)?"
                  + "\\s*(?:[.!;]|$|\\s+(?:to\\s+me|here|in\\s+" + CONTEXT + "))"),
          // the whole response is a short refusal
          Pattern.compile(
              "^\\s*(?:n/?a|unknown|not\\s+available|unavailable|no\\s+information(?:\\s+available)?|"
                  + "no\\s+answer(?:\\s+available)?|not\\s+(?:mentioned|specified|stated|provided|"
                  + "given|found|known)|i\\s+do\\s+not\\s+know|unanswerable|cannot\\s+answer|"
                  + "cannot\\s+be\\s+determined|insufficient\\s+(?:context|information)|"
                  + "no\\s+(?:relevant\\s+)?(?:context|data))\\s*[.!]?\\s*$"));

  /** A contrast after which a claim may follow. */
  private static final Pattern CONTRAST =
      Pattern.compile(
          "\\b(?:but|however|although|though|that\\s+said|nevertheless|nonetheless|even\\s+so)\\b");

  /** A guess: an answer that does not come from the context. */
  private static final Pattern GUESS =
      Pattern.compile(
          "\\b(?:probably|likely|presumably|perhaps|possibly|maybe|i\\s+(?:would\\s+)?(?:guess|"
              + "assume|believe|think|suspect|imagine|expect)|my\\s+(?:best\\s+)?guess|generally|"
              + "typically|usually|in\\s+general|general\\s+knowledge|common\\s+knowledge|"
              + "publicly\\s+(?:known|available)|as\\s+of\\s+(?:\\d{4}|my|the\\s+latest|today|now)|"
              + "widely\\s+(?:known|reported|believed)|commonly\\s+(?:known|believed)|"
              + "it\\s+is\\s+known\\s+that|from\\s+what\\s+i\\s+know|to\\s+my\\s+knowledge|"
              + "if\\s+i\\s+had\\s+to\\s+guess)\\b");

  /** What may follow a contrast without making a claim: pointers elsewhere, the context's scope. */
  private static final Pattern HARMLESS_AFTER_CONTRAST =
      Pattern.compile(
          "^[\\s,:;-]*(?:you\\b|please\\b|if\\s+you\\b|feel\\s+free|let\\s+me\\s+know|"
              + "i\\s+(?:can|could|would|will|am\\s+happy|am\\s+glad|recommend|suggest)\\b|"
              + "it\\s+(?:is\\s+)?(?:not\\s+possible|not\\s+clear|unclear)\\b|"
              + "(?:it|the\\s+context|the\\s+(?:provided|given)\\s+(?:text|context|information|"
              + "documents?|material)|the\\s+text|the\\s+documents?|they)\\s+(?:only\\s+|does\\s+|do\\s+"
              + "|instead\\s+)?(?:mentions?|discuss(?:es)?|describes?|covers?|talks?|says?|states?|"
              + "provides?|focus(?:es)?|contains?|includes?|deals?|refers?|explains?)\\b)");

  /** Words that may stand before a contrast without being a claim. */
  private static final Pattern LEAD_IN =
      Pattern.compile(
          "\\b(?:i\\s+am\\s+sorry|i\\s+apologi[sz]e|apologies|sorry|unfortunately|regrettably|"
              + "good\\s+question|great\\s+question|thanks?\\s+(?:you\\s+)?for\\s+(?:asking|the\\s+"
              + "question)|thank\\s+you|i\\s+understand|i\\s+see|i\\s+looked|i\\s+searched|"
              + "i\\s+checked|i\\s+have\\s+(?:looked|searched|checked)|(?:based\\s+on|according\\s+to|"
              + "from|after\\s+reviewing|having\\s+reviewed|in)\\s+" + CONTEXT
              + "|(?:of\\s+course|certainly|sure|well|hmm|ah|oh|ok|okay|yes|hello|hi))\\b");

  private static final Pattern CLAUSE_END = Pattern.compile("[,;:.!?\\n]|\\s-+\\s|\u2014");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static final RefusalDetector STANDARD_DETECTOR = new RefusalDetector(STANDARD);

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
   * anyway ({@link #classify} is {@link Outcome#REFUSAL}).
   */
  public boolean isRefusal(String response) {
    return classify(response) == Outcome.REFUSAL;
  }

  /** Whether the response answers, refuses, or refuses and then answers anyway. */
  public Outcome classify(String response) {
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
      return Outcome.ANSWER;
    }
    return hedgedAfter(text.substring(end)) || claimBefore(text.substring(0, start))
        ? Outcome.HEDGED
        : Outcome.REFUSAL;
  }

  /** Whether, after the refusal, the response guesses or makes a claim after a contrast. */
  private boolean hedgedAfter(String rest) {
    Matcher boundary = CLAUSE_END.matcher(rest);
    if (boundary.find()) {
      String later = rest.substring(boundary.end());
      Matcher guess = GUESS.matcher(later);
      while (guess.find()) {
        if (claims(later.substring(guess.end()))) {
          return true;
        }
      }
    }
    Matcher contrast = CONTRAST.matcher(rest);
    while (contrast.find()) {
      if (claims(rest.substring(contrast.end()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text after a contrast or a guess word says something of its own. */
  private boolean claims(String after) {
    if (!WORD.matcher(after).find()) {
      return false;
    }
    return !HARMLESS_AFTER_CONTRAST.matcher(after).find() && !refusesAgain(after);
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
    Matcher contrast = CONTRAST.matcher(prefix);
    while (contrast.find()) {
      last = contrast.start();
    }
    if (last < 0) {
      return false;
    }
    String before = LEAD_IN.matcher(prefix.substring(0, last)).replaceAll(" ");
    int words = 0;
    Matcher word = WORD.matcher(before);
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
