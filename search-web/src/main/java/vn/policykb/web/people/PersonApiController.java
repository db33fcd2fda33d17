package vn.policykb.web.people;

import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.policykb.web.shared.NotFound;

/** {@code GET /api/people/{id}}: a person's facts, the articles naming them and their quotes. */
@RestController
class PersonApiController {

  private final PersonProfiles profiles;

  PersonApiController(PersonProfiles profiles) {
    this.profiles = profiles;
  }

  @GetMapping("/api/people/{id}")
  PersonProfile person(@PathVariable String id) throws IOException {
    return profiles.profile(id).orElseThrow(() -> NotFound.of(
        "no person has the id '" + id + "' (a registry id such as to-lam, or a name as a slug)"));
  }
}
