package vn.policykb.ingest.crawl;

import java.time.Instant;
import java.util.List;

/**
 * What one run did, per source and in all.
 *
 * @param status {@code running}, {@code completed}, or {@code stopped} (ended early; resumed by
 *     the next run)
 * @param resumed whether the run took up a run that had been interrupted
 */
public record CrawlReport(long run, Instant started, Instant finished, String status, boolean resumed,
    List<SourceReport> sources) {

  public CrawlReport {
    sources = List.copyOf(sources);
  }

  public long durationMillis() {
    return finished == null ? 0 : finished.toEpochMilli() - started.toEpochMilli();
  }

  /** The sum over sources. */
  public SourceReport total() {
    SourceReport sum = SourceReport.empty("all");
    for (SourceReport source : sources) {
      sum = sum.plus(source);
    }
    return new SourceReport("all", sum.discovered(), sum.fetched(), sum.bodies(), sum.added(), sum.updated(),
        sum.unchanged(), sum.duplicates(), sum.skipped(), sum.failed(), durationMillis(), List.of());
  }

  /**
   * One source's figures.
   *
   * @param discovered candidate pages found (feeds, sitemaps, links), once each after canonicalization
   * @param fetched candidate pages requested (answered 200, 304 or an error)
   * @param bodies of those, the ones whose body was downloaded
   * @param added new documents indexed
   * @param updated documents re-indexed because they changed
   * @param unchanged pages answered 304, or with the same content as before
   * @param duplicates the same page under a second URL, or the same text as another document
   * @param skipped pages not fetched or not indexed by design, with their reasons in {@code problems}
   * @param failed pages and feeds that could not be fetched or read, with their reasons
   * @param problems each skipped or failed URL, its outcome and reason (the first 200)
   */
  public record SourceReport(String source, int discovered, int fetched, int bodies, int added, int updated,
      int unchanged, int duplicates, int skipped, int failed, long durationMillis, List<Problem> problems) {

    public SourceReport {
      problems = List.copyOf(problems);
    }

    static SourceReport empty(String source) {
      return new SourceReport(source, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
    }

    SourceReport plus(SourceReport o) {
      return new SourceReport(source, discovered + o.discovered, fetched + o.fetched, bodies + o.bodies,
          added + o.added, updated + o.updated, unchanged + o.unchanged, duplicates + o.duplicates,
          skipped + o.skipped, failed + o.failed, Math.max(durationMillis, o.durationMillis), List.of());
    }

    /** One line: {@code discovered 12, fetched 10 (10 bodies), new 8, updated 0, ...}. */
    public String summary() {
      return String.format(java.util.Locale.ROOT,
          "discovered %d, fetched %d (%d bodies), new %d, updated %d, unchanged %d, duplicates %d, skipped %d, failed %d, %.1f s",
          discovered, fetched, bodies, added, updated, unchanged, duplicates, skipped, failed,
              durationMillis / 1000.0);
    }
  }

  /** A URL that was skipped or failed, and why. */
  public record Problem(String url, String outcome, String reason) {}
}
