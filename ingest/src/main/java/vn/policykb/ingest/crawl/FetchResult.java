package vn.policykb.ingest.crawl;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.policykb.ingest.crawl.warc.WarcLocation;

/** What fetching one URL gave, after retries. */
sealed interface FetchResult {

  URI url();

  /** Requests made, retries included. */
  int attempts();

  /** A 2xx answer with its body (its Content-Encoding undone), archived as received at {@code warc}. */
  record Body(URI url, int status, Map<String, List<String>> headers, byte[] body, WarcLocation warc, int attempts)
      implements FetchResult {

    Optional<String> header(String name) {
      for (var entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
          return Optional.of(entry.getValue().getFirst());
        }
      }
      return Optional.empty();
    }

    /** The media type, lower case, without parameters; empty when the server gave none. */
    String mediaType() {
      String type = header("content-type").orElse("");
      int semicolon = type.indexOf(';');
      return (semicolon >= 0 ? type.substring(0, semicolon) : type).strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The charset of the Content-Type header, or null. */
    String charset() {
      String type = header("content-type").orElse("");
      var m = java.util.regex.Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)", java.util.regex.Pattern.CASE_INSENSITIVE)
          .matcher(type);
      return m.find() ? m.group(1) : null;
    }
  }

  /** A 304: the copy fetched before is still current. */
  record NotModified(URI url, int attempts) implements FetchResult {}

  /** A 3xx with a Location header, unresolved. */
  record Redirect(URI url, int status, String location, int attempts) implements FetchResult {}

  /** No usable answer: an HTTP error, a timeout, a connection failure, a body over the limit. */
  record Failed(URI url, int status, String reason, int attempts) implements FetchResult {}
}
