package vn.policykb.search;

import java.util.List;

/**
 * How much the archive says about something (a resolution, a person): articles by month and
 * language, and the latest of them. An article published several times counts once.
 *
 * @param total articles
 * @param byMonth articles by month of publication, oldest first, every month between the first
 *     and the last included
 * @param undated articles without a date
 * @param latest the newest articles, undated ones last
 */
public record Coverage(long total, List<MonthCount> byMonth, long undated, List<DocumentSummary> latest) {

  /** The articles of one month ({@code 2025-08}) in Vietnamese and in English. */
  public record MonthCount(String month, long vi, long en) {

    public long total() {
      return vi + en;
    }
  }

  public static final Coverage NONE = new Coverage(0, List.of(), 0, List.of());

  public Coverage {
    byMonth = List.copyOf(byMonth);
    latest = List.copyOf(latest);
  }
}
