package vn.policykb.web.people;

import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.policykb.search.ArticleSearch;
import vn.policykb.search.SearchRequest;
import vn.policykb.web.shared.NotFound;

/**
 * {@code GET /api/people}: the people the archive names most; {@code GET /api/people/{id}}: a
 * person's facts, the articles naming them and their quotes.
 */
@RestController
class PersonApiController {

  /** A person and how many articles name them. */
  record NamedPerson(String id, String name, long documentCount) {}

  private final PersonProfiles profiles;
  private final ArticleSearch searcher;

  PersonApiController(PersonProfiles profiles, ArticleSearch searcher) {
    this.profiles = profiles;
    this.searcher = searcher;
  }

  @GetMapping("/api/people")
  List<NamedPerson> people() throws IOException {
    return searcher.search(new SearchRequest("", 1, 1)).facets().person().stream()
        .map(c -> new NamedPerson(c.value().startsWith("name:")
            ? c.value().substring("name:".length()).replace(' ', '-') : c.value(), c.label(), c.count()))
        .toList();
  }

  @GetMapping("/api/people/{id}")
  PersonProfile person(@PathVariable String id) throws IOException {
    return profiles.profile(id).orElseThrow(() -> NotFound.of(
        "no person has the id '" + id + "' (a registry id such as to-lam, or a name as a slug)"));
  }
}
