package vn.policykb.web.shared;

import java.util.ArrayList;
import java.util.List;
import vn.policykb.search.Coverage;

/**
 * A bar chart of articles per month, Vietnamese stacked on English, laid out on the server so that
 * the page draws it as plain SVG: no script, no library.
 *
 * @param bars one per month, oldest first
 * @param ticks labels of the vertical axis
 */
public record CoverageChart(int width, int height, List<Bar> bars, List<Tick> ticks, long max) {

  static final int HEIGHT = 180;
  static final int PLOT_TOP = 10;
  static final int PLOT_BOTTOM = 150;
  static final int LEFT = 36;
  static final int BAR_STEP = 44;
  static final int BAR_WIDTH = 30;

  /** A month's bar: the English part from the axis up, the Vietnamese part above it. */
  public record Bar(String month, String label, long vi, long en, int x, int width, int viY, int viHeight, int enY,
      int enHeight, int labelX) {

    public long total() {
      return vi + en;
    }

    /** {@code 8} for {@code 2025-08}: the month's number, without a leading zero. */
    public String monthOfYear() {
      return String.valueOf(Integer.parseInt(month.substring(5, 7)));
    }

    /** {@code 2025} for {@code 2025-08}, as text so that no locale groups its digits. */
    public String year() {
      return month.substring(0, 4);
    }
  }

  /** A value of the vertical axis and its height. */
  public record Tick(long value, int y) {}

  public static CoverageChart of(Coverage coverage) {
    List<Coverage.MonthCount> months = coverage.byMonth();
    long max = Math.max(1, months.stream().mapToLong(Coverage.MonthCount::total).max().orElse(1));
    double scale = (double) (PLOT_BOTTOM - PLOT_TOP) / max;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      Coverage.MonthCount month = months.get(i);
      int x = LEFT + 8 + i * BAR_STEP;
      int enHeight = (int) Math.round(month.en() * scale);
      int viHeight = (int) Math.round(month.vi() * scale);
      int enY = PLOT_BOTTOM - enHeight;
      bars.add(new Bar(month.month(), label(month.month()), month.vi(), month.en(), x, BAR_WIDTH, enY - viHeight,
          viHeight, enY, enHeight, x + BAR_WIDTH / 2));
    }
    List<Tick> ticks = new ArrayList<>();
    long step = Math.max(1, (max + 3) / 4);
    for (long v = 0; v <= max; v += step) {
      ticks.add(new Tick(v, (int) Math.round(PLOT_BOTTOM - v * scale)));
    }
    int width = Math.max(240, LEFT + 16 + months.size() * BAR_STEP);
    return new CoverageChart(width, HEIGHT, bars, ticks, max);
  }

  public int plotBottom() {
    return PLOT_BOTTOM;
  }

  public int left() {
    return LEFT;
  }

  /** {@code 2025-08} as {@code Aug 2025}. */
  private static String label(String month) {
    var ym = java.time.YearMonth.parse(month);
    return ym.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " " + ym.getYear();
  }
}
