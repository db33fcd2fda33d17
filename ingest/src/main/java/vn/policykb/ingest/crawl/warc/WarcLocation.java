package vn.policykb.ingest.crawl.warc;

/**
 * Where a record is in the archive: a file name under {@code DIR/warc} and the byte offset at which
 * its gzip member starts, as stored with each indexed document ({@code file@offset}).
 */
public record WarcLocation(String file, long offset) {

  @Override
  public String toString() {
    return file + "@" + offset;
  }

  public static WarcLocation parse(String text) {
    int at = text.lastIndexOf('@');
    if (at <= 0) {
      throw new IllegalArgumentException("not a WARC location (file@offset): " + text);
    }
    return new WarcLocation(text.substring(0, at), Long.parseLong(text.substring(at + 1)));
  }
}
