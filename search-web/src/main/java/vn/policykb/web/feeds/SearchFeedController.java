package vn.policykb.web.feeds;

import java.io.IOException;
import java.util.HexFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.policykb.search.ArticleSearch;
import vn.policykb.search.SearchOrder;
import vn.policykb.search.SearchRequest;
import vn.policykb.search.SearchResults;
import vn.policykb.web.search.SearchParameters;

/**
 * {@code GET /feeds/search.atom}: a saved search as an Atom feed of its newest matches, so that a
 * feed reader tells when something new appears. Answers 304 to a reader that has the same feed
 * ({@code If-None-Match}, {@code If-Modified-Since}).
 */
@RestController
class SearchFeedController {

  /** Entries of a feed. */
  static final int SIZE = 50;
  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

  private final ArticleSearch searcher;

  SearchFeedController(ArticleSearch searcher) {
    this.searcher = searcher;
  }

  /** The search page's parameters; {@code sort}, {@code page} and {@code size} are the feed's own. */
  @GetMapping("/feeds/search.atom")
  ResponseEntity<byte[]> feed(@ModelAttribute SearchParameters parameters, WebRequest request) throws IOException {
    SearchRequest filtered = parameters.toRequest(SIZE);
    SearchResults results = searcher.search(new SearchRequest(filtered.query(), 1, SIZE, filtered.filters(),
        SearchOrder.NEWEST, filtered.crossLanguage()));
    SearchParameters feedParameters = new SearchParameters(parameters.q(), null, null, parameters.lang(),
        parameters.resolution(), parameters.source(), parameters.from(), parameters.to(), null, parameters.cross(),
        parameters.person());
    String query = feedParameters.with("page", null);
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    String title = parameters.q().isBlank() ? "policy-kb: latest articles" : "policy-kb: " + parameters.q().strip();
    byte[] feed = AtomFeedWriter.write(
        new AtomFeedWriter.Head(title, base + "/feeds/search.atom" + query, base + "/" + query, query),
        results.hits(), base + "/documents/");
    String etag = "\"" + HexFormat.of().formatHex(sha256(feed), 0, 16) + "\"";
    long lastModified = AtomFeedWriter.updated(results.hits()).toEpochMilli();
    if (request.checkNotModified(etag, lastModified)) {
      return null;
    }
    return ResponseEntity.ok().contentType(ATOM).eTag(etag).lastModified(lastModified).body(feed);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
