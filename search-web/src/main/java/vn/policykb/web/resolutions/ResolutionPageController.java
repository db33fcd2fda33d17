package vn.policykb.web.resolutions;

import java.io.IOException;
import java.util.Optional;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.policykb.web.shared.CoverageChart;

/** {@code GET /resolutions/{number}}: a resolution's facts, coverage chart, quotes and articles. */
@Controller
class ResolutionPageController {

  private final ResolutionProfiles profiles;

  ResolutionPageController(ResolutionProfiles profiles) {
    this.profiles = profiles;
  }

  /** {@code 57-NQ/TW} as written: its slash makes two path segments. */
  @GetMapping("/resolutions/{number}/{suffix}")
  String symbol(@PathVariable String number, @PathVariable String suffix, Model model, HttpServletResponse response)
      throws IOException {
    return resolution(number + "/" + suffix, model, response);
  }

  @GetMapping("/resolutions/{number}")
  String resolution(@PathVariable String number, Model model, HttpServletResponse response) throws IOException {
    Optional<ResolutionProfile> profile = profiles.profile(number);
    if (profile.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("whatKey", "notfound.resolution");
      model.addAttribute("what", number);
      return "not-found";
    }
    model.addAttribute("r", profile.get());
    model.addAttribute("chart", CoverageChart.of(profile.get().coverage()));
    return "resolution";
  }
}
