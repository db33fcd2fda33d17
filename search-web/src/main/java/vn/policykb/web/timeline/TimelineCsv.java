package vn.policykb.web.timeline;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.policykb.search.TimelinePoint;
import vn.policykb.search.TimelineResult;
import vn.policykb.search.TimelineSeries;

/** A timeline as CSV: a row per query and period, then a row per query for its undated articles. */
final class TimelineCsv {

  static final String[] COLUMNS = {"query", "period", "from", "vi", "en", "total", "share"};

  private TimelineCsv() {}

  static String of(TimelineResult timeline) throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
      for (TimelineSeries series : timeline.series()) {
        for (TimelinePoint p : series.points()) {
          csv.printRecord(series.query(), p.period(), p.from(), p.vi(), p.en(), p.total(), p.share());
        }
      }
      for (TimelineSeries series : timeline.series()) {
        csv.printRecord(series.query(), "undated", "", series.undated().vi(), series.undated().en(),
            series.undated().total(), "");
      }
    }
    return out.toString();
  }
}
