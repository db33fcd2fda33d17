package vn.policykb.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.policykb.index.QuoteKind;

/**
 * The reference a journalist pastes under a quote: {@code Tô Lâm, quoted in “<title>”, VNA,
 * 10 August 2025, <url>}. A reported statement is {@code reported in}: the words are the writer's.
 * Parts the article lacks (source, date, address) are left out.
 */
public final class QuoteCitation {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private QuoteCitation() {}

  public static String of(String speaker, QuoteKind kind, String title, String source, String date, String url) {
    List<String> parts = new ArrayList<>();
    parts.add(speaker + ", " + (kind == QuoteKind.DIRECT ? "quoted" : "reported") + " in “" + title + "”");
    if (source != null && !source.isBlank()) {
      parts.add(source);
    }
    if (date != null && !date.isBlank()) {
      parts.add(readableDate(date));
    }
    if (url != null && !url.isBlank()) {
      parts.add(url);
    }
    return String.join(", ", parts);
  }

  private static String readableDate(String date) {
    try {
      return LocalDate.parse(date).format(DATE);
    } catch (DateTimeParseException e) {
      return date;
    }
  }
}
