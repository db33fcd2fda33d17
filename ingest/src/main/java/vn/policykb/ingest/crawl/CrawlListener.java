package vn.policykb.ingest.crawl;

/** Told what the crawler does, for metrics; called from the crawler's threads, so it must be thread-safe. */
public interface CrawlListener {

  CrawlListener NONE = new CrawlListener() {};

  /** One HTTP exchange ended: its status (0 when there was no answer) and how long it took. */
  default void requested(String source, int status, long nanos) {}

  /** A candidate page reached its outcome. */
  default void pageDone(String source, PageOutcome outcome, long bodyBytes) {}

  /** A run ended (completed or stopped). */
  default void runFinished(CrawlReport report, long nanos) {}
}
