package vn.policykb.web.quotes;

import java.io.IOException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.policykb.search.QuoteQuery;
import vn.policykb.search.QuoteResults;
import vn.policykb.search.QuoteSearch;

/** {@code GET /quotes}: quote search, each quote with a button that copies its citation. */
@Controller
class QuotePageController {

  static final int PAGE_SIZE = 20;

  private final QuoteSearch searcher;

  QuotePageController(QuoteSearch searcher) {
    this.searcher = searcher;
  }

  @GetMapping("/quotes")
  String quotes(@ModelAttribute("params") QuoteParameters params, Model model, HttpServletResponse response)
      throws IOException {
    QuoteQuery query;
    QuoteResults results;
    try {
      query = params.toQuery(PAGE_SIZE);
      results = searcher.search(query);
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", e.getMessage());
      return "quotes";
    }
    model.addAttribute("results", results);
    model.addAttribute("page", query.page());
    model.addAttribute("pages", (int) ((results.total() + query.size() - 1) / query.size()));
    return "quotes";
  }
}
