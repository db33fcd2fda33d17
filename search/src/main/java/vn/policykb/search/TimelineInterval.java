package vn.policykb.search;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The length of a period of a timeline. Each period is a number, one more for the next period, so
 * that every period between the first and the last can be listed without calendar arithmetic.
 */
public enum TimelineInterval {
  /** {@code 2025-08-14} */
  DAY,
  /** ISO weeks from Monday: {@code 2025-W33} */
  WEEK,
  /** {@code 2025-08} */
  MONTH;

  /** The 1st of January 1970 was a Thursday: three days after the Monday that starts its week. */
  private static final int THURSDAY = 3;

  /** @throws IllegalArgumentException naming what the parameter takes */
  public static TimelineInterval parse(String value) {
    if (value == null || value.isBlank()) {
      return MONTH;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "day" -> DAY;
      case "week" -> WEEK;
      case "month" -> MONTH;
      default -> throw new IllegalArgumentException("interval must be day, week or month, was \"" + value + "\"");
    };
  }

  /** The period holding a day, as days since the epoch. */
  long period(long epochDay) {
    return switch (this) {
      case DAY -> epochDay;
      case WEEK -> Math.floorDiv(epochDay + THURSDAY, 7);
      case MONTH -> {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        yield date.getYear() * 12L + date.getMonthValue() - 1;
      }
    };
  }

  /** How a period reads: {@code 2025-08-14}, {@code 2025-W33}, {@code 2025-08}. */
  String label(long period) {
    return switch (this) {
      case DAY -> LocalDate.ofEpochDay(period).toString();
      case WEEK -> {
        LocalDate monday = LocalDate.ofEpochDay(period * 7 - THURSDAY);
        yield String.format(Locale.ROOT, "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
            monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      }
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", Math.floorDiv(period, 12), Math.floorMod(period, 12) + 1);
    };
  }

  /** The first day of a period: where a link to it starts. */
  LocalDate start(long period) {
    return switch (this) {
      case DAY -> LocalDate.ofEpochDay(period);
      case WEEK -> LocalDate.ofEpochDay(period * 7 - THURSDAY);
      case MONTH -> LocalDate.of((int) Math.floorDiv(period, 12), (int) Math.floorMod(period, 12) + 1, 1);
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
