package vn.policykb.web.quotes;

import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.policykb.search.QuoteOrigins;
import vn.policykb.search.QuoteProvenanceResult;

/** {@code GET /api/quotes/provenance}: every publication of a quote, oldest first. */
@RestController
class QuoteProvenanceController {

  private final QuoteOrigins provenance;

  QuoteProvenanceController(QuoteOrigins provenance) {
    this.provenance = provenance;
  }

  /** {@code text}: the quote's words (required, at most 2,000 characters). */
  @GetMapping("/api/quotes/provenance")
  QuoteProvenanceResult provenance(@RequestParam(name = "text", required = false) String text) throws IOException {
    return provenance.of(text);
  }
}
