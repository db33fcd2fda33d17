package vn.policykb.ingest.crawl;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code Retry-After} header (RFC 9110, 10.2.3): a number of seconds, or an HTTP-date
 * ({@code Wed, 21 Oct 2015 07:28:00 GMT}) read as the time left until then; a date already past
 * asks for no wait.
 */
final class RetryAfter {

  private RetryAfter() {}

  /** The wait asked for; empty when the value is neither form. */
  static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
      } catch (NumberFormatException e) {
        // more digits than a long holds: a wait no crawl would keep
        return Optional.of(Duration.ofSeconds(Long.MAX_VALUE));
      }
    }
    try {
      Instant then = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(then.isAfter(now) ? Duration.between(now, then) : Duration.ZERO);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
