package vn.policykb.web.people;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.policykb.kb.Body;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.kb.Person;
import vn.policykb.kb.Role;
import vn.policykb.search.Coverage;
import vn.policykb.search.DocumentLookup;
import vn.policykb.search.PersonRef;
import vn.policykb.search.QuoteQuery;
import vn.policykb.search.QuoteResults;
import vn.policykb.search.QuoteSearch;
import vn.policykb.web.shared.FactView;

/**
 * Puts together what is known of a person: a registry id ({@code to-lam}) gives the registry's
 * facts, a slug of a name texts write ({@code le-van-a}) what those texts say.
 */
@Component
public class PersonProfiles {

  static final int DOCUMENTS = 20;
  static final int QUOTES = 20;

  private final KnowledgeBase knowledgeBase;
  private final DocumentLookup reader;
  private final QuoteSearch quotes;

  public PersonProfiles(KnowledgeBase knowledgeBase, DocumentLookup reader, QuoteSearch quotes) {
    this.knowledgeBase = knowledgeBase;
    this.reader = reader;
    this.quotes = quotes;
  }

  public Optional<PersonProfile> profile(String id) throws IOException {
    Optional<Person> registered = knowledgeBase.byId(id).filter(Person.class::isInstance).map(Person.class::cast);
    if (registered.isPresent()) {
      Person p = registered.get();
      Coverage coverage = reader.personCoverage(p.id(), DOCUMENTS);
      QuoteResults said = quotes.search(new QuoteQuery("", p.name(), List.of(), 1, QUOTES));
      return Optional.of(new PersonProfile(p.id(), p.name(), true,
          new PersonProfile.Names(p.aliases().en(), p.aliases().vi()), p.shortForms(),
          p.roles().stream().map(this::role).toList(), p.note(), coverage.total(), coverage, coverage.latest(),
          said.total(), said.quotes()));
    }
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      return Optional.empty();
    }
    String key = PersonRef.indexKeyOfSlug(id);
    Optional<String> name = reader.personName(key);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Coverage coverage = reader.personCoverage(key, DOCUMENTS);
    QuoteResults said = quotes.search(new QuoteQuery("", name.get(), List.of(), 1, QUOTES));
    return Optional.of(new PersonProfile(id, name.get(), false, PersonProfile.Names.NONE, List.of(), List.of(), null,
        coverage.total(), coverage, coverage.latest(), said.total(), said.quotes()));
  }

  private PersonProfile.RoleView role(Role role) {
    String bodyName = role.body() == null ? null : knowledgeBase.byId(role.body())
        .filter(Body.class::isInstance).map(b -> ((Body) b).name().en()).orElse(role.body());
    return new PersonProfile.RoleView(role.title().en(), role.title().vi(), role.body(), bodyName, role.period(),
        FactView.of(role.title().en(), role.citation()));
  }
}
