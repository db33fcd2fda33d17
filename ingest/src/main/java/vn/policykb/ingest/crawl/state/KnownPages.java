package vn.policykb.ingest.crawl.state;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What is known of every URL fetched ({@code pages}): validators, content hash, document, WARC record, last answer. */
final class KnownPages {

  private final JdbcClient jdbc;

  KnownPages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What is known of a URL; {@link PageState#unknown} when it was never fetched. */
  PageState get(String url) {
    return jdbc.sql("SELECT etag, last_modified, content_hash, doc_id, warc, stored_text FROM pages WHERE url = ?")
        .param(url)
        .query((rs, row) -> new PageState(url, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6)))
        .optional()
        .orElseGet(() -> PageState.unknown(url));
  }

  /** Replaces what is known of the page's URL with its latest fetch, counting one fetch more. */
  void store(PageState page, int status, String error) {
    jdbc.sql("MERGE INTO pages (url, etag, last_modified, content_hash, doc_id, warc, status, error, fetched_at,"
            + " fetches, stored_text) KEY (url) VALUES (:url, :etag, :lastModified, :hash, :doc, :warc, :status,"
            + " :error, :now, COALESCE((SELECT fetches FROM pages WHERE url = :url), 0) + 1, :text)")
        .param("url", page.url())
        .param("etag", Columns.clip(page.etag(), Columns.ETAG))
        .param("lastModified", Columns.clip(page.lastModified(), Columns.LAST_MODIFIED))
        .param("hash", page.contentHash())
        .param("doc", page.docId())
        .param("warc", page.warc())
        .param("status", status)
        .param("error", Columns.clip(error, Columns.REASON))
        .param("now", System.currentTimeMillis())
        .param("text", page.storedText())
        .update();
  }
}
