package vn.policykb.web.quotes;

import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import vn.policykb.search.QuoteResults;
import vn.policykb.search.QuoteSearch;

/** {@code GET /api/quotes}: who said what, with a citation ready to paste. */
@RestController
class QuoteApiController {

  static final int DEFAULT_SIZE = 20;

  private final QuoteSearch searcher;

  QuoteApiController(QuoteSearch searcher) {
    this.searcher = searcher;
  }

  @GetMapping("/api/quotes")
  QuoteResults quotes(@ModelAttribute QuoteParameters parameters) throws IOException {
    return searcher.search(parameters.toQuery(DEFAULT_SIZE));
  }
}
