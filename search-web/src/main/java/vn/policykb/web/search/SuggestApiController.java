package vn.policykb.web.search;

import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.policykb.search.Suggester;
import vn.policykb.search.SuggestionSource;
import vn.policykb.search.Suggestions;

/** {@code GET /api/suggest}: spelling and completions for a query being typed. */
@RestController
class SuggestApiController {

  /** Entries of each list, at most. */
  static final int LIMIT = 8;

  private final SuggestionSource suggester;

  SuggestApiController(SuggestionSource suggester) {
    this.suggester = suggester;
  }

  /**
   * {@code didYouMean}: the query spelt as the texts spell it (diacritics restored, tone marks
   * placed as the index places them), or null; {@code people} and {@code resolutions} of the
   * registry whose names hold the typed words, accents aside; {@code terms}: the last word
   * completed, with its diacritics. A blank query gets empty lists; one over 500 characters is a 400.
   */
  @GetMapping("/api/suggest")
  Suggestions suggest(@RequestParam(name = "q", required = false, defaultValue = "") String q) throws IOException {
    if (q.length() > Suggester.MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException("q must be at most " + Suggester.MAX_QUERY_LENGTH + " characters, was " + q.length());
    }
    return suggester.suggest(q, LIMIT);
  }
}
