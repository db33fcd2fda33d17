package vn.policykb.web.search;

import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.policykb.ingest.search.DocumentSearcher;
import vn.policykb.ingest.search.SearchRequest;
import vn.policykb.ingest.search.SearchResults;

/** {@code GET /api/search}: full-text search as JSON. */
@RestController
class SearchApiController {

  private final DocumentSearcher searcher;

  SearchApiController(DocumentSearcher searcher) {
    this.searcher = searcher;
  }

  @GetMapping("/api/search")
  SearchResults search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "10") int size) throws IOException {
    return searcher.search(new SearchRequest(q, page, size));
  }
}
