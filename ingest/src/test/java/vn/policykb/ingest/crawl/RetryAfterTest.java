package vn.policykb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2025-09-01T08:00:00Z");

  @Test
  void secondsAreTheWait() {
    assertThat(RetryAfter.parse("120", NOW)).hasValue(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", NOW)).hasValue(Duration.ZERO);
    assertThat(RetryAfter.parse("99999999999999999999999", NOW)).hasValueSatisfying(
        wait -> assertThat(wait).isGreaterThan(Duration.ofDays(365)));
  }

  @Test
  void aDateIsTheTimeLeftUntilThen() {
    assertThat(RetryAfter.parse("Mon, 01 Sep 2025 08:01:30 GMT", NOW)).hasValue(Duration.ofSeconds(90));
    assertThat(RetryAfter.parse("Mon, 01 Sep 2025 07:59:00 GMT", NOW)).hasValue(Duration.ZERO);
  }

  @Test
  void anythingElseAsksForNothing() {
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    assertThat(RetryAfter.parse("1.5", NOW)).isEmpty();
    assertThat(RetryAfter.parse("", NOW)).isEmpty();
    assertThat(RetryAfter.parse(null, NOW)).isEmpty();
  }
}
