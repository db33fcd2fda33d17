package vn.policykb.ingest.html;

import java.util.regex.Pattern;

/** Turns a byline as shown ({@code By Jane Doe - 11/18/19 11:04 PM}) into the names it gives. */
final class Bylines {

  private static final Pattern LEADING_WORDS = Pattern.compile(
      "^(?:(?:written|posted|reported|reporting|story|text|photos?)\\s+)?(?:by|bởi|tác giả|theo)\\s*:?\\s+",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Where the names end: a separator, a date, a time, an e-mail address, an update notice. */
  private static final Pattern TAIL = Pattern.compile(
      "\\s+(?:[|•·–—]|-\\s)|\\s*\\d{1,2}[/:.]\\d{1,2}|\\s+\\S*@\\S+|,?\\s+(?:updated|published|posted|cập nhật)\\b"
          + "|,?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final int MAX_LENGTH = 100;

  private Bylines() {}

  static String names(String byline) {
    if (byline == null) {
      return null;
    }
    String names = byline.replace('\n', ' ').strip();
    names = LEADING_WORDS.matcher(names).replaceFirst("");
    var tail = TAIL.matcher(names);
    if (tail.find() && tail.start() > 0) {
      names = names.substring(0, tail.start());
    }
    names = names.replaceAll("[\\s,;:|]+$", "").strip();
    return names.isEmpty() || names.length() > MAX_LENGTH ? null : names;
  }
}
