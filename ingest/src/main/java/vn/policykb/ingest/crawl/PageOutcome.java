package vn.policykb.ingest.crawl;

import java.util.Locale;

/** What became of one candidate page in a run. */
public enum PageOutcome {
  /** indexed for the first time */
  NEW,
  /** indexed again: its content changed */
  UPDATED,
  /** answered 304, or the same bytes or text as indexed before: nothing written */
  UNCHANGED,
  /** the same page under another URL, or the same text as another document */
  DUPLICATE,
  /** not fetched or not indexed by design: robots.txt, off-site, no article text, keyword filter, page limit */
  SKIPPED,
  /** could not be fetched or read: HTTP error, timeout, redirect loop, size limit */
  FAILED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PageOutcome of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
