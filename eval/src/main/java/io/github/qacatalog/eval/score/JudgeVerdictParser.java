package io.github.qacatalog.eval.score;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an LLM judge's output into a {@link JudgeVerdict}. It never throws: output it cannot read
 * becomes an {@linkplain JudgeVerdict#unparsable unparsable verdict} that says why.
 *
 * <p>What it reads:
 *
 * <ul>
 *   <li>the first JSON object in the output that holds all four grades, wherever it stands: alone,
 *       in a Markdown code fence, or with prose before and after it. JSON is read leniently (single
 *       quotes, unquoted names, comments, trailing commas) with Jackson's streaming parser;
 *   <li>names without regard to case or separators, by their stem: {@code completeness},
 *       {@code accuracy} (or {@code correctness}), {@code hallucinations} (or {@code hallucination},
 *       {@code hallucination_severity}), {@code format}, and {@code reason} (or {@code explanation},
 *       {@code rationale}, {@code justification});
 *   <li>grades nested one level down ({@code {"verdict": {"completeness": "full", ...}}}) and grades
 *       given as objects ({@code {"completeness": {"grade": "full", "reason": "..."}}});
 *   <li>values without regard to case, by their first word and common synonyms: {@code full},
 *       {@code complete}; {@code partial}, {@code partly}, {@code incomplete}; {@code none},
 *       {@code no}, {@code false} (hallucinations); {@code accurate}, {@code correct};
 *       {@code partly accurate}, {@code mostly accurate}; {@code inaccurate}, {@code incorrect};
 *       {@code minor}, {@code major}, {@code severe}; {@code ok}, {@code good}, {@code true};
 *       {@code poor}, {@code bad}, {@code false} (format);
 *   <li>when no JSON object has a grade, lines such as {@code Completeness: full} or
 *       {@code **Accuracy**: accurate}.
 * </ul>
 *
 * <p>A verdict is parsed only when all four grades are there and recognised: a missing or unknown
 * grade, or a list of choices such as {@code "full|partial|none"} (the rubric's form echoed back),
 * makes the verdict unparsable (grades are never guessed). A missing reason is an empty one.
 * Only the first {@value #MAX_INPUT} characters of an output are read.
 */
public final class JudgeVerdictParser {
  /** How many characters of a judge's output are read. */
  public static final int MAX_INPUT = 1_000_000;

  /** How many opening braces are tried as the start of a JSON object. */
  private static final int MAX_ATTEMPTS = 200;

  /** How deep objects are searched for grades. */
  private static final int MAX_DEPTH = 3;

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
          .enable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();

  private static final Pattern LINE =
      Pattern.compile(
          "(?im)^[\\s*#>\\-\"'`|]*(completeness|accuracy|correctness|hallucinations?|format|"
              + "reason(?:ing)?|explanation|rationale|justification)[\\s*\"'`]*(?:\\(.*?\\))?"
              + "[\\s*\"'`]*[:=\\-\u2013\u2014][\\s*\"'`]*(.+?)[\\s*\"'`,|]*$");

  /** The fields of a verdict. */
  private enum Key {
    COMPLETENESS,
    ACCURACY,
    HALLUCINATIONS,
    FORMAT,
    REASON
  }

  private JudgeVerdictParser() {}

  /** The verdict in a judge's output; an unparsable verdict when there is none. Never throws. */
  public static JudgeVerdict parse(String raw) {
    if (raw == null) {
      return JudgeVerdict.unparsable("", "no output");
    }
    try {
      return read(raw);
    } catch (RuntimeException | StackOverflowError e) {
      return JudgeVerdict.unparsable(raw, "unreadable output (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static JudgeVerdict read(String raw) {
    if (raw.isBlank()) {
      return JudgeVerdict.unparsable(raw, "empty output");
    }
    String text = raw.length() > MAX_INPUT ? raw.substring(0, MAX_INPUT) : raw;
    char[] chars = text.toCharArray();
    Map<Key, String> best = null;
    int attempts = 0;
    int from = 0;
    while (attempts < MAX_ATTEMPTS) {
      int open = text.indexOf('{', from);
      if (open < 0) {
        break;
      }
      attempts++;
      Map<Key, String> fields = new EnumMap<>(Key.class);
      boolean object = readObject(chars, open, fields);
      from = open + 1;
      if (!object) {
        continue;
      }
      if (grades(fields) == 4) {
        return verdict(raw, fields);
      }
      if (grades(fields) > 0 && (best == null || grades(fields) > grades(best))) {
        best = fields;
      }
    }
    if (best != null) {
      return verdict(raw, best);
    }
    Map<Key, String> lines = readLines(text);
    if (grades(lines) > 0) {
      return verdict(raw, lines);
    }
    return JudgeVerdict.unparsable(
        raw, text.indexOf('{') < 0 ? "no JSON object in the output" : "no grades in the output");
  }

  /**
   * Reads the JSON object starting at {@code open} into {@code fields}; whether there is a
   * well-formed object there.
   */
  private static boolean readObject(char[] chars, int open, Map<Key, String> fields) {
    try (JsonParser parser = JSON.createParser(chars, open, chars.length - open)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      readFields(parser, fields, 0);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Reads the fields of the object whose START_OBJECT the parser is on, up to its END_OBJECT. */
  private static void readFields(JsonParser parser, Map<Key, String> fields, int depth)
      throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      Key key = keyOf(parser.currentName());
      JsonToken value = parser.nextToken();
      if (value == JsonToken.START_OBJECT) {
        if (key != null && key != Key.REASON) {
          Map<Key, String> inner = new EnumMap<>(Key.class);
          String grade = readGradeObject(parser, inner);
          if (grade != null) {
            fields.putIfAbsent(key, grade);
          }
          if (inner.containsKey(Key.REASON)) {
            fields.putIfAbsent(Key.REASON, inner.get(Key.REASON));
          }
        } else if (depth < MAX_DEPTH) {
          readFields(parser, fields, depth + 1);
        } else {
          parser.skipChildren();
        }
      } else if (value == JsonToken.START_ARRAY) {
        if (key == Key.REASON) {
          fields.putIfAbsent(key, joinArray(parser));
        } else {
          parser.skipChildren();
        }
      } else if (value != null && value.isScalarValue() && key != null) {
        if (value != JsonToken.VALUE_NULL) {
          fields.putIfAbsent(key, parser.getText());
        }
      } else if (value == null) {
        throw new IOException("end of input inside an object");
      }
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      throw new IOException("malformed object");
    }
  }

  /** The grade in an object such as {@code {"grade": "full", "reason": "..."}}. */
  private static String readGradeObject(JsonParser parser, Map<Key, String> inner)
      throws IOException {
    String grade = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = normalName(parser.currentName());
      JsonToken value = parser.nextToken();
      if (value == null) {
        throw new IOException("end of input inside an object");
      }
      if (!value.isScalarValue()) {
        parser.skipChildren();
        continue;
      }
      if (value == JsonToken.VALUE_NULL) {
        continue;
      }
      if (grade == null
          && name.matches("grade|value|rating|label|level|score|verdict|result|severity|rank")) {
        grade = parser.getText();
      } else if (keyOf(name) == Key.REASON) {
        inner.putIfAbsent(Key.REASON, parser.getText());
      }
    }
    return grade;
  }

  private static String joinArray(JsonParser parser) throws IOException {
    StringBuilder joined = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new IOException("end of input inside an array");
      }
      if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
        depth++;
      } else if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
        depth--;
      } else if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
        joined.append(joined.length() == 0 ? "" : " ").append(parser.getText());
      }
    }
    return joined.toString();
  }

  private static Map<Key, String> readLines(String text) {
    Map<Key, String> fields = new EnumMap<>(Key.class);
    Matcher line = LINE.matcher(text);
    while (line.find()) {
      Key key = keyOf(line.group(1));
      if (key != null) {
        fields.putIfAbsent(key, line.group(2));
      }
    }
    return fields;
  }

  private static String normalName(String name) {
    return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }

  private static Key keyOf(String name) {
    String n = normalName(name);
    if (n.contains("hallucin")) {
      return Key.HALLUCINATIONS;
    }
    if (n.contains("complet")) {
      return Key.COMPLETENESS;
    }
    if (n.contains("accura") || n.contains("correctness")) {
      return Key.ACCURACY;
    }
    if (n.contains("format")) {
      return Key.FORMAT;
    }
    if (n.startsWith("reason") || n.startsWith("explanation") || n.startsWith("rationale")
        || n.startsWith("justification") || n.equals("why") || n.equals("comment")
        || n.equals("comments")) {
      return Key.REASON;
    }
    return null;
  }

  private static int grades(Map<Key, String> fields) {
    int n = 0;
    for (Key key : Key.values()) {
      if (key != Key.REASON && fields.containsKey(key)) {
        n++;
      }
    }
    return n;
  }

  private static JudgeVerdict verdict(String raw, Map<Key, String> fields) {
    StringBuilder problems = new StringBuilder();
    Completeness completeness =
        grade(fields, Key.COMPLETENESS, JudgeVerdictParser::completeness, "full, partial or none",
            problems);
    Accuracy accuracy =
        grade(fields, Key.ACCURACY, JudgeVerdictParser::accuracy,
            "accurate, partly or inaccurate", problems);
    Hallucinations hallucinations =
        grade(fields, Key.HALLUCINATIONS, JudgeVerdictParser::hallucinations,
            "none, minor or major", problems);
    Format format = grade(fields, Key.FORMAT, JudgeVerdictParser::format, "ok or poor", problems);
    if (problems.length() > 0) {
      return JudgeVerdict.unparsable(raw, problems.toString());
    }
    return JudgeVerdict.of(
        completeness, accuracy, hallucinations, format, fields.getOrDefault(Key.REASON, ""));
  }

  private static <T> T grade(
      Map<Key, String> fields,
      Key key,
      Function<String, T> reader,
      String expected,
      StringBuilder problems) {
    String name = key.name().toLowerCase(Locale.ROOT);
    String value = fields.get(key);
    if (value == null) {
      problems.append(problems.length() == 0 ? "" : "; ").append("missing ").append(name);
      return null;
    }
    // "full|partial|none" is the rubric's form echoed back, not a grade.
    T grade = value.contains("|") || value.contains("/") ? null : reader.apply(words(value));
    if (grade == null) {
      String shown = value.length() > 40 ? value.substring(0, 40) + "\u2026" : value;
      problems.append(problems.length() == 0 ? "" : "; ")
          .append(name).append(" \"").append(shown.replaceAll("\\s+", " "))
          .append("\" is not ").append(expected);
    }
    return grade;
  }

  /** The value in lower case, its words separated by single spaces. */
  private static String words(String value) {
    return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", " ").strip();
  }

  private static boolean startsWithAny(String value, String... words) {
    for (String word : words) {
      if (value.equals(word) || value.startsWith(word + " ")) {
        return true;
      }
    }
    return false;
  }

  private static Completeness completeness(String v) {
    if (startsWithAny(v, "partial", "partially", "partly", "incomplete", "mostly", "somewhat",
        "some", "0.5")) {
      return Completeness.PARTIAL;
    }
    if (startsWithAny(v, "full", "fully", "complete", "completely", "comprehensive", "yes", "true",
        "1", "1.0")) {
      return Completeness.FULL;
    }
    if (startsWithAny(v, "none", "no", "not", "nothing", "missing", "empty", "zero", "false", "0",
        "0.0")) {
      return Completeness.NONE;
    }
    return null;
  }

  private static Accuracy accuracy(String v) {
    if (startsWithAny(v, "inaccurate", "incorrect", "wrong", "not", "false", "no", "none",
        "invalid")) {
      return Accuracy.INACCURATE;
    }
    if (startsWithAny(v, "partly", "partially", "partial", "mostly", "somewhat", "mixed", "half")) {
      return Accuracy.PARTLY;
    }
    if (startsWithAny(v, "accurate", "correct", "fully", "completely", "entirely", "yes", "true",
        "high", "highly")) {
      return Accuracy.ACCURATE;
    }
    return null;
  }

  private static Hallucinations hallucinations(String v) {
    if (startsWithAny(v, "none", "no", "false", "zero", "0", "nothing", "absent", "not")) {
      return Hallucinations.NONE;
    }
    if (startsWithAny(v, "minor", "minimal", "slight", "small", "low", "some", "few", "mild")) {
      return Hallucinations.MINOR;
    }
    if (startsWithAny(v, "major", "severe", "significant", "serious", "high", "critical",
        "substantial", "many")) {
      return Hallucinations.MAJOR;
    }
    return null;
  }

  private static Format format(String v) {
    if (startsWithAny(v, "poor", "bad", "fail", "failed", "no", "false", "not", "unacceptable",
        "inappropriate", "wrong", "weak")) {
      return Format.POOR;
    }
    if (startsWithAny(v, "ok", "okay", "good", "fine", "acceptable", "appropriate", "pass", "passed",
        "yes", "true", "correct", "clear", "excellent", "great", "adequate")) {
      return Format.OK;
    }
    return null;
  }
}
