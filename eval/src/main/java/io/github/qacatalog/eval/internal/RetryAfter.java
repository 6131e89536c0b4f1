package io.github.qacatalog.eval.internal;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import io.github.qacatalog.eval.model.ProviderHttpException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a failed call says about the provider's limits: whether it was a rate-limit answer (HTTP 429
 * or 503, or LangChain4j's {@link RateLimitException}) and how long the provider asked to wait
 * ({@code Retry-After}, in seconds or as an HTTP date), when the exception carries it.
 */
public final class RetryAfter {
  private RetryAfter() {}

  /** Whether the failure, or one of its causes, is a rate-limit answer (429 or 503). */
  static boolean isRateLimit(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RateLimitException) {
        return true;
      }
      if (t instanceof HttpException http && (http.statusCode() == 429 || http.statusCode() == 503)) {
        return true;
      }
    }
    return false;
  }

  /** The wait a failure, or one of its causes, carries. */
  static Optional<Duration> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ProviderHttpException http && http.retryAfter().isPresent()) {
        return http.retryAfter();
      }
    }
    return Optional.empty();
  }

  /**
   * A {@code Retry-After} header's value as a wait from {@code now}: a number of seconds, or an
   * HTTP date (a date in the past is no wait). Empty when it is neither.
   */
  public static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    if (text.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
