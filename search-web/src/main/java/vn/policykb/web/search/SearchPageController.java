package vn.policykb.web.search;

import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import jakarta.servlet.http.HttpServletResponse;
import vn.policykb.search.ArticleSearch;
import vn.policykb.search.SearchRequest;
import vn.policykb.search.SearchResults;
import vn.policykb.search.SuggestionSource;
import vn.policykb.search.ThemeSource;
import org.springframework.beans.factory.ObjectProvider;

/** {@code GET /}: the search page, rendered on the server. */
@Controller
class SearchPageController {

  static final int PAGE_SIZE = 10;

  private final ArticleSearch searcher;
  private final SuggestionSource suggester;
  private final ObjectProvider<ThemeSource> themes;

  SearchPageController(ArticleSearch searcher, SuggestionSource suggester, ObjectProvider<ThemeSource> themes) {
    this.searcher = searcher;
    this.suggester = suggester;
    this.themes = themes;
  }

  @GetMapping("/")
  String search(@ModelAttribute("params") SearchParameters params, Model model, HttpServletResponse response)
      throws IOException {
    model.addAttribute("q", params.q());
    SearchRequest request;
    SearchResults results;
    try {
      request = params.toRequest(PAGE_SIZE);
      results = searcher.search(request);
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", e.getMessage());
      return "search";
    }
    model.addAttribute("results", results);
    ThemeSource finder = themes.getIfAvailable();
    if (finder != null && results.total() > 0) {
      model.addAttribute("themes", finder.of(request));
    }
    if (results.decoded() != null) {
      // the results are of the decoded words already: a respelling of the keystrokes would mislead
      model.addAttribute("decodedLink", params.with("q", results.decoded().query()));
      model.addAttribute("asTypedLink", params.with("telex", "false"));
    }
    String didYouMean = results.decoded() == null ? suggester.didYouMean(params.q()) : null;
    if (didYouMean != null) {
      model.addAttribute("didYouMean", didYouMean);
      model.addAttribute("didYouMeanLink", params.with("q", didYouMean));
    }
    model.addAttribute("page", request.page());
    model.addAttribute("pages", (int) Math.min(
        (results.total() + request.size() - 1) / request.size(), SearchRequest.MAX_DEPTH / request.size()));
    return "search";
  }
}
