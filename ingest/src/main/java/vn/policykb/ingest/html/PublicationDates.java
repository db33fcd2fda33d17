package vn.policykb.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates: the machine forms of meta tags and JSON-LD (ISO 8601 and its common
 * variants) and the forms pages show to readers, in Vietnamese and English. Numeric dates are read
 * day first, as Vietnamese and most non-US sites write them, unless told otherwise or unless the
 * numbers only make sense month first.
 */
final class PublicationDates {

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");

  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2}))?");

  private static final String TIME = "(\\d{1,2})\\s*[:hH]\\s*(\\d{2})(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?|SA|CH)?";
  private static final String ZONE = "(?:\\s*\\(?\\s*(?:GMT|UTC)\\s*([+-]\\s*\\d{1,2})(?::?(\\d{2}))?\\s*\\)?)?";

  /** {@code 10/8/2025, 14:30 (GMT+7)}, {@code 10-08-2025 09:15}: the date, then perhaps a time. */
  private static final Pattern NUMERIC_DATE_TIME = Pattern.compile(
      "(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?![\\d/])(?:\\s*(?:[,|\\-–—]|lúc|at)?\\s*" + TIME + ")?" + ZONE,
      Pattern.CASE_INSENSITIVE);

  /** {@code 14:30 10/08/2025}, {@code 09:15 | Thứ Hai, 10/8/2025}: a time, then the date. */
  private static final Pattern TIME_NUMERIC_DATE = Pattern.compile(
      TIME + ZONE + "\\s*(?:[,|\\-–—]|ngày)?\\s*(?:(?:thứ\\s+\\p{L}+|chủ\\s+nhật)\\s*,?\\s*)?"
          + "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** {@code ngày 22 tháng 12 năm 2024}, {@code 22 tháng 12, 2024}. */
  private static final Pattern VIETNAMESE_WORDS = Pattern.compile(
      "(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*(?:năm|,)\\s*(\\d{4})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

  /** {@code August 10, 2025}, {@code Aug. 10, 2025 at 2:30 p.m.}. */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b(?:\\s*(?:[,|\\-–—•/]|at)?\\s*" + TIME + ")?" + ZONE,
      Pattern.CASE_INSENSITIVE);

  /** {@code 10 August 2025}, {@code 10 Aug 2025 14:30}. */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b(?:\\s*(?:[,|\\-–—•/]|at)?\\s*" + TIME + ")?" + ZONE,
      Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private static final int EARLIEST_YEAR = 1990;

  private PublicationDates() {}

  /** A machine-readable date: ISO 8601 with or without time and offset, or {@code 20250810}. */
  static Optional<PublicationTime> parseMachine(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    Matcher m = ISO.matcher(v);
    if (m.find()) {
      return build(num(m.group(1)), num(m.group(2)), num(m.group(3)), m.group(4), m.group(5), m.group(6), null, m.group(7));
    }
    m = COMPACT.matcher(v);
    if (m.find()) {
      return build(num(m.group(1)), num(m.group(2)), num(m.group(3)), m.group(4), m.group(5), null, null, null);
    }
    try {
      return Optional.of(PublicationTime.of(OffsetDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)));
    } catch (DateTimeParseException e) {
      return findVisible(v, true);
    }
  }

  /** The first date a reader would see in {@code text}; day first unless {@code dayFirst} is false. */
  static Optional<PublicationTime> findVisible(String text, boolean dayFirst) {
    Optional<PublicationTime> found = Optional.empty();
    int at = Integer.MAX_VALUE;
    Matcher m = TIME_NUMERIC_DATE.matcher(text);
    if (m.find()) {
      int[] dm = dayMonth(num(m.group(7)), num(m.group(8)), dayFirst);
      Optional<PublicationTime> t = build(num(m.group(9)), dm[1], dm[0], m.group(1), m.group(2), m.group(3), m.group(4), zone(m.group(5), m.group(6)));
      if (t.isPresent()) {
        found = t;
        at = m.start();
      }
    }
    m = NUMERIC_DATE_TIME.matcher(text);
    while (m.find() && m.start() < at) {
      int[] dm = dayMonth(num(m.group(1)), num(m.group(2)), dayFirst);
      int year = m.group(3).length() == 2 ? 2000 + num(m.group(3)) : num(m.group(3));
      Optional<PublicationTime> t = build(year, dm[1], dm[0], m.group(4), m.group(5), m.group(6), m.group(7), zone(m.group(8), m.group(9)));
      if (t.isPresent()) {
        found = t;
        at = m.start();
        break;
      }
    }
    m = VIETNAMESE_WORDS.matcher(text);
    if (m.find() && m.start() < at) {
      Optional<PublicationTime> t = build(num(m.group(3)), num(m.group(2)), num(m.group(1)), null, null, null, null, null);
      if (t.isPresent()) {
        found = t;
        at = m.start();
      }
    }
    m = MONTH_DAY_YEAR.matcher(text);
    if (m.find() && m.start() < at) {
      Optional<PublicationTime> t = build(num(m.group(3)), month(m.group(1)), num(m.group(2)), m.group(4), m.group(5), m.group(6), m.group(7), zone(m.group(8), m.group(9)));
      if (t.isPresent()) {
        found = t;
        at = m.start();
      }
    }
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find() && m.start() < at) {
      Optional<PublicationTime> t = build(num(m.group(3)), month(m.group(2)), num(m.group(1)), m.group(4), m.group(5), m.group(6), m.group(7), zone(m.group(8), m.group(9)));
      if (t.isPresent()) {
        found = t;
      }
    }
    return found;
  }

  /** Day and month of a numeric date; numbers that only fit one way are read that way. */
  private static int[] dayMonth(int first, int second, boolean dayFirst) {
    if (first > 12) {
      return new int[] {first, second};
    }
    if (second > 12) {
      return new int[] {second, first};
    }
    return dayFirst ? new int[] {first, second} : new int[] {second, first};
  }

  private static String zone(String hours, String minutes) {
    if (hours == null) {
      return null;
    }
    String h = hours.replace(" ", "");
    int value = Integer.parseInt(h.substring(1));
    return String.format(Locale.ROOT, "%c%02d:%s", h.charAt(0), value, minutes == null ? "00" : minutes);
  }

  private static Optional<PublicationTime> build(int year, int month, int day, String hour, String minute,
      String second, String halfDay, String offset) {
    if (year < EARLIEST_YEAR || year > LocalDate.now().getYear() + 1) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(year, month, day);
      if (hour == null) {
        return Optional.of(PublicationTime.of(date));
      }
      int h = num(hour);
      if (halfDay != null) {
        boolean pm = halfDay.toLowerCase(Locale.ROOT).startsWith("p") || halfDay.equalsIgnoreCase("CH");
        h = h % 12 + (pm ? 12 : 0);
      }
      LocalTime time = LocalTime.of(h, num(minute), second == null ? 0 : num(second));
      if (offset == null) {
        return Optional.of(PublicationTime.of(LocalDateTime.of(date, time)));
      }
      ZoneOffset zone = offset.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(normalizeOffset(offset));
      return Optional.of(new PublicationTime(date, time, zone));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String normalizeOffset(String offset) {
    String digits = offset.substring(1).replace(":", "");
    if (digits.length() == 2) {
      digits += "00";
    }
    return offset.charAt(0) + digits.substring(0, 2) + ":" + digits.substring(2, 4);
  }

  private static int month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }
}
