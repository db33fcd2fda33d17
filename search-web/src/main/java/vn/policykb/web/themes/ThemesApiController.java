package vn.policykb.web.themes;

import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import vn.policykb.search.ResultThemes;
import vn.policykb.search.ThemeSource;
import vn.policykb.web.search.SearchParameters;

/** {@code GET /api/search/themes}: the people, resolutions and terms a result set has more than the archive. */
@RestController
class ThemesApiController {

  private final ThemeSource themes;

  ThemesApiController(ThemeSource themes) {
    this.themes = themes;
  }

  /** The search's parameters; a search without words has no themes. */
  @GetMapping("/api/search/themes")
  ResultThemes themes(@ModelAttribute SearchParameters parameters) throws IOException {
    return themes.of(parameters.toRequest(1));
  }
}
