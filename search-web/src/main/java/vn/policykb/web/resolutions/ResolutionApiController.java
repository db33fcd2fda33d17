package vn.policykb.web.resolutions;

import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.policykb.web.shared.NotFound;

/** {@code GET /api/resolutions} and {@code GET /api/resolutions/{number}}. */
@RestController
class ResolutionApiController {

  private final ResolutionProfiles profiles;

  ResolutionApiController(ResolutionProfiles profiles) {
    this.profiles = profiles;
  }

  @GetMapping("/api/resolutions")
  List<ResolutionProfile.Summary> all() throws IOException {
    return profiles.all();
  }

  @GetMapping("/api/resolutions/{number}")
  ResolutionProfile one(@PathVariable String number) throws IOException {
    return found(number);
  }

  /** {@code 57-NQ/TW} as written: its slash makes two path segments. */
  @GetMapping("/api/resolutions/{number}/{suffix}")
  ResolutionProfile symbol(@PathVariable String number, @PathVariable String suffix) throws IOException {
    return found(number + "/" + suffix);
  }

  private ResolutionProfile found(String number) throws IOException {
    return profiles.profile(number).orElseThrow(() -> NotFound.of(
        "no resolution '" + number + "': the knowledge base has 57, 59, 66 and 68 (also written 57-NQ/TW)"));
  }
}
