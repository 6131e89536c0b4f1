package io.github.qacatalog.eval.model;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/**
 * A provider's answer with an error status, as {@link EvaluationHttpClient} reports it: LangChain4j's
 * {@link HttpException} that also keeps the {@code Retry-After} the provider sent, so that the
 * evaluation waits as long as it asked.
 */
public final class ProviderHttpException extends HttpException {
  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;

  /** An error answer with its status, body, and the wait it asked for (or null). */
  public ProviderHttpException(int statusCode, String body, Duration retryAfter) {
    super(statusCode, body);
    this.retryAfter = retryAfter;
  }

  /** The wait the provider asked for in {@code Retry-After}, when it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
