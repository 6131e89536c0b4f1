package io.github.qacatalog.eval.internal;

import static com.google.common.truth.Truth.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CallLimiterTest {
  private final AtomicLong now = new AtomicLong();

  @Test
  void aRateLimitHalvesOncePerSecondAndEachSuccessClimbsOneStepUpToTheMaximum() throws Exception {
    CallLimiter limiter = new CallLimiter(8, 0, now::get);
    for (int i = 0; i < 8; i++) {
      limiter.acquire();
    }
    limiter.rateLimited(Duration.ZERO);
    limiter.rateLimited(Duration.ZERO); // the same burst: no second halving
    assertThat(limiter.limit()).isEqualTo(4);
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    limiter.rateLimited(Duration.ZERO);
    assertThat(limiter.limit()).isEqualTo(2);
    for (int i = 0; i < 5; i++) {
      limiter.succeeded();
    }
    assertThat(limiter.limit()).isEqualTo(7);
    limiter.acquire();
    limiter.succeeded();
    limiter.acquire();
    limiter.succeeded();
    assertThat(limiter.limit()).isEqualTo(8); // never above the configured concurrency
    assertThat(limiter.lowest()).isEqualTo(2);
  }

  @Test
  void retryAfterIsReadAsSecondsOrAnHttpDate() {
    Instant at = Instant.parse("2026-12-02T10:00:00Z");
    assertThat(RetryAfter.parse("2", at)).hasValue(Duration.ofSeconds(2));
    assertThat(RetryAfter.parse(" 0 ", at)).hasValue(Duration.ZERO);
    assertThat(RetryAfter.parse("Wed, 02 Dec 2026 10:00:03 GMT", at)).hasValue(Duration.ofSeconds(3));
    assertThat(RetryAfter.parse("Wed, 02 Dec 2026 09:59:00 GMT", at)).hasValue(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", at)).isEmpty();
    assertThat(RetryAfter.parse(null, at)).isEmpty();
  }
}
