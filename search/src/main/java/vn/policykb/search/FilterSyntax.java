package vn.policykb.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code field:value} filters. Field names are English or Vietnamese without diacritics:
 * {@code lang:vi}, {@code resolution:57} ({@code nq:}, {@code nghiquyet:}), {@code source:VNA}
 * ({@code nguon:}), {@code date:2025}, {@code date:2025-01..2025-06}, {@code date:>=2025-03-01}
 * ({@code ngay:}), {@code from:2025-01-01} ({@code tu:}), {@code to:2025-06-30} ({@code den:}),
 * {@code person:to-lam} or {@code person:"Tô Lâm"} ({@code nguoi:}).
 * Dates are {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code D/M/YYYY}.
 *
 * <p>What is not a known field with a valid value is not a filter: the caller keeps it as text.
 */
final class FilterSyntax {

  private static final Pattern RESOLUTION = Pattern.compile("(\\d{1,4})(?:[-/ ]?(?:nq|NQ)(?:[-/][\\p{L}\\d]+)*)?");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern SOURCE = Pattern.compile("[\\p{L}\\d][\\p{L}\\d .&'-]{0,80}");

  private FilterSyntax() {}

  static Optional<QueryFilter> parse(String field, String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    return switch (field.toLowerCase(Locale.ROOT)) {
      case "lang", "language", "ngonngu" -> lang(v);
      case "resolution", "nq", "nghiquyet" -> resolution(v);
      case "source", "nguon" -> SOURCE.matcher(v).matches()
          ? Optional.of(new QueryFilter.Source(v)) : Optional.empty();
      case "date", "ngay" -> dateRange(v);
      case "person", "nguoi" -> Optional.of(new QueryFilter.Person(v.strip()));
      case "datasetid" -> Optional.of(new QueryFilter.DatasetId(v));
      case "from", "since", "tu" -> start(v).map(d -> new QueryFilter.DateRange(d, null));
      case "to", "until", "den" -> end(v).map(d -> new QueryFilter.DateRange(null, d));
      default -> Optional.empty();
    };
  }

  private static Optional<QueryFilter> lang(String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "vi", "vie", "vietnamese", "tieng-viet", "tiengviet" -> Optional.of(new QueryFilter.Lang("vi"));
      case "en", "eng", "english", "tieng-anh", "tienganh" -> Optional.of(new QueryFilter.Lang("en"));
      default -> Optional.empty();
    };
  }

  private static Optional<QueryFilter> resolution(String v) {
    Matcher m = RESOLUTION.matcher(v);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new QueryFilter.Resolution(String.valueOf(Integer.parseInt(m.group(1)))));
  }

  private static Optional<QueryFilter> dateRange(String v) {
    if (v.startsWith(">=")) {
      return start(v.substring(2)).map(d -> new QueryFilter.DateRange(d, null));
    }
    if (v.startsWith(">")) {
      return end(v.substring(1)).map(d -> new QueryFilter.DateRange(d.plusDays(1), null));
    }
    if (v.startsWith("<=")) {
      return end(v.substring(2)).map(d -> new QueryFilter.DateRange(null, d));
    }
    if (v.startsWith("<")) {
      return start(v.substring(1)).map(d -> new QueryFilter.DateRange(null, d.minusDays(1)));
    }
    int dots = v.indexOf("..");
    if (dots >= 0) {
      String a = v.substring(0, dots);
      String b = v.substring(dots + 2);
      Optional<LocalDate> from = a.isEmpty() ? Optional.empty() : start(a);
      Optional<LocalDate> to = b.isEmpty() ? Optional.empty() : end(b);
      if ((!a.isEmpty() && from.isEmpty()) || (!b.isEmpty() && to.isEmpty()) || (a.isEmpty() && b.isEmpty())) {
        return Optional.empty();
      }
      if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
        return Optional.empty();
      }
      return Optional.of(new QueryFilter.DateRange(from.orElse(null), to.orElse(null)));
    }
    Optional<LocalDate> from = start(v);
    Optional<LocalDate> to = end(v);
    return from.isPresent() && to.isPresent()
        ? Optional.of(new QueryFilter.DateRange(from.get(), to.get()))
        : Optional.empty();
  }

  /** The first day a date of some precision stands for: 2025 is 2025-01-01. */
  static Optional<LocalDate> start(String v) {
    return period(v, true);
  }

  /** The last day it stands for: 2025 is 2025-12-31. */
  static Optional<LocalDate> end(String v) {
    return period(v, false);
  }

  private static Optional<LocalDate> period(String v, boolean start) {
    try {
      if (v.matches("\\d{4}")) {
        int year = Integer.parseInt(v);
        return Optional.of(start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31));
      }
      if (v.matches("\\d{4}-\\d{1,2}")) {
        String[] parts = v.split("-");
        YearMonth month = YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        return Optional.of(start ? month.atDay(1) : month.atEndOfMonth());
      }
      if (v.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
        String[] parts = v.split("-");
        return Optional.of(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
      }
      Matcher dmy = DAY_MONTH_YEAR.matcher(v);
      if (dmy.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
            Integer.parseInt(dmy.group(1))));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
