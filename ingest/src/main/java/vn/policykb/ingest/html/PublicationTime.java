package vn.policykb.ingest.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, as precisely as the page tells it.
 *
 * @param date the day
 * @param time the time of day, when the page gives one
 * @param offset the offset from UTC, when the page gives one
 */
public record PublicationTime(LocalDate date, LocalTime time, ZoneOffset offset) {

  public PublicationTime {
    Objects.requireNonNull(date, "date");
    if (time == null && offset != null) {
      throw new IllegalArgumentException("an offset needs a time");
    }
  }

  public static PublicationTime of(LocalDate date) {
    return new PublicationTime(date, null, null);
  }

  public static PublicationTime of(LocalDateTime dateTime) {
    return new PublicationTime(dateTime.toLocalDate(), dateTime.toLocalTime(), null);
  }

  public static PublicationTime of(OffsetDateTime dateTime) {
    return new PublicationTime(dateTime.toLocalDate(), dateTime.toLocalTime(), dateTime.getOffset());
  }

  public boolean hasTime() {
    return time != null;
  }

  /** The instant, when the page gave both a time and an offset. */
  public Optional<OffsetDateTime> toOffsetDateTime() {
    return offset == null ? Optional.empty() : Optional.of(OffsetDateTime.of(date, time, offset));
  }

  /** ISO 8601, as precise as known: {@code 2025-08-10}, {@code 2025-08-10T14:30}, {@code 2025-08-10T14:30+07:00}. */
  @Override
  public String toString() {
    if (time == null) {
      return date.toString();
    }
    String local = LocalDateTime.of(date, time).toString();
    return offset == null ? local : local + offset;
  }
}
