package vn.policykb.web.search;

import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.policykb.search.ArticleSearch;
import vn.policykb.search.SearchRequest;
import vn.policykb.search.SearchResults;

/** {@code GET /api/search}: full-text search as JSON; {@code POST} for a text too long for an address. */
@RestController
class SearchApiController {

  static final int DEFAULT_SIZE = 10;
  /**
   * Longest query a form may send: a pasted page of statute or article text (10 KB and more). The
   * query keeps its rarest words, so its cost does not grow with its length.
   */
  static final int MAX_POSTED_QUERY = 20_000;

  private final ArticleSearch searcher;

  SearchApiController(ArticleSearch searcher) {
    this.searcher = searcher;
  }

  /**
   * {@code q}, {@code page}, {@code size} as before; {@code lang}, {@code resolution},
   * {@code source}, {@code from}, {@code to} narrow the results as the typed {@code field:value}
   * filters do; {@code sort} is {@code relevance} (default) or {@code newest}.
   */
  @GetMapping("/api/search")
  SearchResults search(@ModelAttribute SearchParameters parameters) throws IOException {
    return searcher.search(parameters.toRequest(DEFAULT_SIZE));
  }

  /**
   * The same search with its parameters in a form body ({@code application/x-www-form-urlencoded}):
   * an address holds some 2,000 characters of query, a form {@value #MAX_POSTED_QUERY}.
   */
  @PostMapping(value = "/api/search", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  SearchResults searchPosted(@ModelAttribute SearchParameters parameters) throws IOException {
    if (parameters.q().length() > MAX_POSTED_QUERY) {
      throw new IllegalArgumentException(
          "q must be at most " + MAX_POSTED_QUERY + " characters, was " + parameters.q().length());
    }
    return searcher.search(parameters.toRequest(DEFAULT_SIZE));
  }
}
