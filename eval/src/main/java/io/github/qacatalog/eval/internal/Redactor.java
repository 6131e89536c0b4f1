package io.github.qacatalog.eval.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of everything an evaluation writes: the run log, the CSV, the table, and the
 * error messages of failed calls.
 *
 * <p>Two rules. Known secret values are replaced wherever they appear: the value of every
 * environment variable whose name contains {@code KEY}, {@code TOKEN}, {@code SECRET},
 * {@code PASSWORD} or {@code CREDENTIAL} (such as {@code OPENAI_API_KEY} and
 * {@code ANTHROPIC_API_KEY}) and is at least 8 characters long, and every value given to {@code
 * Evaluation.Builder#secret}. And text that has the shape of a credential is replaced: provider keys
 * ({@code sk-...}, {@code sk-ant-...}, {@code AIza...}, {@code AKIA...}, {@code ghp_...},
 * {@code xoxb-...}), bearer tokens (a token of 16 or more token characters with a digit among them
 * after {@code Bearer}), JSON web tokens; in error messages also the value after {@code api_key=},
 * {@code "token":}, {@code Authorization:} and the like. Each is replaced by {@value #MASK}.
 * Ordinary words pass untouched: prose that mentions a bearer token, a key or a secret is no
 * credential.
 */
public final class Redactor {
  /** What a secret is replaced by. */
  public static final String MASK = "[REDACTED]";

  private static final int MIN_SECRET_LENGTH = 8;
  private static final Pattern SECRET_NAME =
      Pattern.compile("KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL");
  private static final Pattern CREDENTIAL_SHAPES = Pattern.compile(String.join("|",
      "\\bsk-(?=[A-Za-z0-9_\\-]*[0-9])[A-Za-z0-9_\\-]{16,}",
      "\\bAIza[0-9A-Za-z_\\-]{30,}",
      "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b",
      "\\bgh[pousr]_[A-Za-z0-9]{20,}",
      "\\bxox[abposr]-[A-Za-z0-9\\-]{10,}",
      "\\beyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}",
      // An Authorization header's value is a credential, whatever it looks like.
      "(?i)(?<=authorization:\\s{0,4})bearer\\s+[A-Za-z0-9._~+/=\\-]{8,}",
      // A bearer token looks like one: token characters, 16 or more, a digit among them, so that
      // "sends a bearer authentication header" is prose, not a credential.
      "(?i)\\bbearer\\s+(?=[A-Za-z0-9._~+/=\\-]*[0-9])[A-Za-z0-9._~+/=\\-]{16,}"));
  /** In error messages only: a value right after a name that says it is a credential. */
  private static final Pattern NAMED_CREDENTIAL = Pattern.compile(
      "(?i)((?:api[_-]?key|access[_-]?token|auth[_-]?token|token|secret|password|authorization|x-api-key)"
          + "[\"']?\\s*[:=]\\s*[\"']?)(?!\\[REDACTED\\])(?:bearer\\s+)?[^\\s\"',;}&]{4,}");

  private final List<String> secrets;

  private Redactor(Collection<String> secrets) {
    List<String> list = new ArrayList<>();
    for (String s : secrets) {
      if (s != null && s.strip().length() >= MIN_SECRET_LENGTH && !list.contains(s.strip())) {
        list.add(s.strip());
      }
    }
    // Longest first, so that a secret that contains another is masked whole.
    list.sort(Comparator.comparingInt(String::length).reversed());
    this.secrets = List.copyOf(list);
  }

  /** The secrets of this process's environment, and {@code extra}. */
  public static Redactor fromEnvironment(Collection<String> extra) {
    return of(System.getenv(), extra);
  }

  /** The secrets named in {@code environment}, and {@code extra}; for tests. */
  public static Redactor of(Map<String, String> environment, Collection<String> extra) {
    List<String> secrets = new ArrayList<>(extra);
    environment.forEach((name, value) -> {
      if (SECRET_NAME.matcher(name.toUpperCase(Locale.ROOT)).find()) {
        secrets.add(value);
      }
    });
    return new Redactor(secrets);
  }

  /**
   * Text that the evaluation writes (a response, a question): known secrets and credential-shaped
   * text masked. {@code null} stays {@code null}.
   */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      if (out.contains(secret)) {
        out = out.replace(secret, MASK);
      }
    }
    if (!mayHoldShape(out)) {
      return out; // most texts: no regular expression scan
    }
    return CREDENTIAL_SHAPES.matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
  }

  /** Literal beginnings of which every credential shape holds one. */
  private static final List<String> SHAPE_STARTS =
      List.of("sk-", "AIza", "AKIA", "ASIA", "gh", "xox", "eyJ");

  /** Whether the text holds a beginning of a credential shape; false means it holds none. */
  private static boolean mayHoldShape(String text) {
    for (String start : SHAPE_STARTS) {
      if (text.contains(start)) {
        return true;
      }
    }
    for (int i = text.indexOf('e'); i >= 1; i = text.indexOf('e', i + 1)) {
      if (text.regionMatches(true, i - 1, "bearer", 0, 6)) {
        return true;
      }
    }
    for (int i = text.indexOf('E'); i >= 1; i = text.indexOf('E', i + 1)) {
      if (text.regionMatches(true, i - 1, "bearer", 0, 6)) {
        return true;
      }
    }
    return false;
  }

  /** An error message: as {@link #redact}, and also any value named as a credential. */
  public String redactError(String message) {
    String out = redact(message);
    if (out == null) {
      return null;
    }
    return NAMED_CREDENTIAL.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
  }

  /** An exception as one line, {@code SimpleName: message} with causes, redacted. */
  public String describe(Throwable error) {
    Objects.requireNonNull(error);
    StringBuilder text = new StringBuilder();
    int depth = 0;
    for (Throwable t = error; t != null && depth < 4; t = t.getCause() == t ? null : t.getCause(), depth++) {
      if (depth > 0) {
        String message = t.getMessage();
        if (message != null && text.indexOf(message) >= 0) {
          continue;
        }
        text.append(" <- ");
      }
      text.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        text.append(": ").append(t.getMessage());
      }
    }
    // Masked before it is shortened, so that no secret is cut into a prefix that no rule knows.
    String line = redactError(text.toString()).replaceAll("\\s+", " ").strip();
    return line.length() > 500 ? line.substring(0, 500) + "..." : line;
  }
}
