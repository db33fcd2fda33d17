package vn.policykb.web.search;

import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import jakarta.servlet.http.HttpServletResponse;
import vn.policykb.ingest.search.DocumentSearcher;
import vn.policykb.ingest.search.SearchRequest;
import vn.policykb.ingest.search.SearchResults;

/** {@code GET /}: the search page, rendered on the server. */
@Controller
class SearchPageController {

  static final int PAGE_SIZE = 10;

  private final DocumentSearcher searcher;

  SearchPageController(DocumentSearcher searcher) {
    this.searcher = searcher;
  }

  @GetMapping("/")
  String search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "1") String page,
      Model model,
      HttpServletResponse response) throws IOException {
    model.addAttribute("q", q);
    int pageNumber;
    SearchResults results;
    try {
      pageNumber = Integer.parseInt(page.strip());
      results = searcher.search(new SearchRequest(q, pageNumber, PAGE_SIZE));
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", e instanceof NumberFormatException ? "page must be a whole number" : e.getMessage());
      return "search";
    }
    model.addAttribute("results", results);
    model.addAttribute("page", pageNumber);
    model.addAttribute("pages", (int) Math.min(
        (results.total() + PAGE_SIZE - 1) / PAGE_SIZE, SearchRequest.MAX_DEPTH / PAGE_SIZE));
    return "search";
  }
}
