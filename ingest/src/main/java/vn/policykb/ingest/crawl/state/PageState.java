package vn.policykb.ingest.crawl.state;

/**
 * What is known of a URL from earlier fetches: the validators for a conditional GET, the hash of
 * the body last indexed from it, and for feeds, sitemaps, listing pages and robots.txt the text
 * kept to answer a 304 (links found, or the rules).
 */
public record PageState(String url, String etag, String lastModified, String contentHash, String docId,
    String warc, String storedText) {

  public static PageState unknown(String url) {
    return new PageState(url, null, null, null, null, null, null);
  }
}
