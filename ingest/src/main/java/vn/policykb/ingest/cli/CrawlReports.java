package vn.policykb.ingest.cli;

import java.io.PrintWriter;
import vn.policykb.ingest.crawl.CrawlReport;

/** A crawl report as the command line prints it. */
final class CrawlReports {

  private CrawlReports() {}

  static void print(CrawlReport report, PrintWriter out) {
    out.printf(java.util.Locale.ROOT, "crawl run %d %s%s in %.1f s%n", report.run(), report.status(), report.resumed() ? " (resumed)" : "",
        report.durationMillis() / 1000.0);
    for (CrawlReport.SourceReport source : report.sources()) {
      out.println("  " + source.source() + ": " + source.summary());
      for (CrawlReport.Problem problem : source.problems()) {
        out.println("    " + problem.outcome() + " " + problem.url() + ": " + problem.reason());
      }
    }
    out.println("  total: " + report.total().summary());
  }
}
