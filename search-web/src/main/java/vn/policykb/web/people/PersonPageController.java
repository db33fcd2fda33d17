package vn.policykb.web.people;

import java.io.IOException;
import java.util.Optional;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.policykb.web.shared.CoverageChart;

/** {@code GET /people/{id}}: a person's facts, how often they are named, their quotes and articles. */
@Controller
class PersonPageController {

  private final PersonProfiles profiles;

  PersonPageController(PersonProfiles profiles) {
    this.profiles = profiles;
  }

  @GetMapping("/people/{id}")
  String person(@PathVariable String id, Model model, HttpServletResponse response) throws IOException {
    Optional<PersonProfile> profile = profiles.profile(id);
    if (profile.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("whatKey", "notfound.person");
      model.addAttribute("what", id);
      return "not-found";
    }
    model.addAttribute("p", profile.get());
    model.addAttribute("chart", CoverageChart.of(profile.get().coverage()));
    return "person";
  }
}
