package vn.policykb.ingest.crawl.state;

/** The widths of the text columns: a longer text is cut to fit rather than refused. */
final class Columns {

  static final int URL = 4096;
  static final int REASON = 2000;
  static final int ETAG = 1000;
  static final int LAST_MODIFIED = 200;

  private Columns() {}

  static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
