package vn.policykb.web.search;

import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import vn.policykb.search.DocumentSearcher;
import vn.policykb.search.SearchRequest;
import vn.policykb.search.SearchResults;

/** {@code GET /api/search}: full-text search as JSON. */
@RestController
class SearchApiController {

  static final int DEFAULT_SIZE = 10;

  private final DocumentSearcher searcher;

  SearchApiController(DocumentSearcher searcher) {
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
}
