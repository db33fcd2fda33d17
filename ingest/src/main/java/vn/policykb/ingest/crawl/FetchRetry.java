package vn.policykb.ingest.crawl;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

/**
 * When a request is tried again, and after how long. A timeout, a failed connection, a 5xx or a
 * 429 is tried again, up to {@code attempts} tries, after {@code backoff} doubled each time; a 429
 * or 503 with {@code Retry-After} is tried again after the wait it asks for instead, unless that
 * is longer than {@link #longestWait()}: then the URL is given up. The wait is spent in the
 * calling thread, between two tries.
 */
final class FetchRetry {

  /** The longest Retry-After waited, unless the backoff itself waits longer: as for Crawl-delay. */
  static final Duration RETRY_AFTER_LIMIT = Duration.ofSeconds(60);

  private final Retry retry;
  private final IntervalFunction backoff;
  private final Duration longestWait;
  private final Clock clock;

  FetchRetry(CrawlSettings settings, Clock clock) {
    this.clock = clock;
    // the library wants at least 1 ms; 2^16 times the first wait is as far as doubling goes
    long first = Math.max(1, settings.backoff().toMillis());
    this.backoff = IntervalFunction.ofExponentialBackoff(first, 2.0, first << 16);
    Duration longestBackoff = Duration.ofMillis(backoff.apply(Math.max(1, settings.attempts() - 1)));
    this.longestWait = longestBackoff.compareTo(RETRY_AFTER_LIMIT) > 0 ? longestBackoff : RETRY_AFTER_LIMIT;
    RetryConfig config = RetryConfig.<Exchange>custom()
        .maxAttempts(settings.attempts())
        .retryOnResult(this::worthAnotherTry)
        // an exception is the archive or the thread failing, not the server: never tried again
        .retryOnException(e -> false)
        .intervalBiFunction((attempt, outcome) -> outcome.isRight()
            ? waitAsked(outcome.get()).map(Duration::toMillis).orElseGet(() -> backoff.apply(attempt))
            : backoff.apply(attempt))
        .build();
    this.retry = Retry.of("fetch", config);
  }

  /** Makes {@code attempt} until its exchange is not worth another try or the tries are used up; the last one. */
  Exchange run(Callable<Exchange> attempt) throws IOException, InterruptedException {
    try {
      return retry.executeCallable(attempt);
    } catch (CancellationException e) {
      // how the library reports an interrupt during the wait between two tries
      Thread.interrupted();
      InterruptedException interrupted = new InterruptedException("interrupted while waiting to try again");
      interrupted.initCause(e);
      throw interrupted;
    } catch (IOException | InterruptedException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The longest wait between two tries: a Retry-After asking for more gives the URL up. */
  Duration longestWait() {
    return longestWait;
  }

  /** Whether a status is one tried again at all. */
  static boolean transientStatus(int status) {
    return status >= 500 || status == 429;
  }

  /** The Retry-After of a 429 or 503 when it asks for more than {@link #longestWait()}. */
  Optional<Duration> waitRefused(Exchange.Answer answer) {
    return retryAfter(answer).filter(wait -> wait.compareTo(longestWait) > 0);
  }

  private boolean worthAnotherTry(Exchange exchange) {
    return switch (exchange) {
      case Exchange.Problem problem -> true;
      case Exchange.Answer answer -> !answer.truncated() && transientStatus(answer.status())
          && waitRefused(answer).isEmpty();
    };
  }

  /** The Retry-After wait to keep before the next try, replacing the backoff. */
  private Optional<Duration> waitAsked(Exchange exchange) {
    return exchange instanceof Exchange.Answer answer
        ? retryAfter(answer).filter(wait -> wait.compareTo(longestWait) <= 0)
        : Optional.empty();
  }

  private Optional<Duration> retryAfter(Exchange.Answer answer) {
    if (answer.status() != 429 && answer.status() != 503) {
      return Optional.empty();
    }
    return answer.header("retry-after").flatMap(value -> RetryAfter.parse(value, clock.instant()));
  }
}
