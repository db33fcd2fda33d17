package vn.policykb.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryConsistencyTest {

  private static final Citation UNVERIFIED = new Citation(Citation.Status.UNVERIFIED, null, null, null);
  private static final Aliases NONE = new Aliases(List.of(), List.of());

  private final Problems problems = new Problems();

  @Test
  void consistentRegistriesPass() {
    check(List.of(resolution("nq-57", "57-NQ/TW", "politburo", "Resolution 57")),
        List.of(person("to-lam", "Tô Lâm", "politburo", "To Lam")),
        List.of(body("politburo", null, "Politburo", "Bộ Chính trị"), body("vna", "politburo", "Vietnam News Agency")));

    assertThat(problems.all()).isEmpty();
  }

  @Test
  void anAliasMayNameOneEntityAcrossBothFiles() {
    check(List.of(),
        List.of(person("to-lam", "Tô Lâm", null, "To Lam", "tô lâm"), person("other", "Other", null, "TO LAM")),
        List.of(body("cpv", null, "CPV", "To  Lam")));

    assertThat(problems.all()).as("an entry may repeat its own name in another form").containsExactly(
        "people.yaml: 'other': alias 'TO LAM' is already claimed by people.yaml entry 'to-lam' (as 'Tô Lâm')",
        "bodies.yaml: 'cpv': alias 'To  Lam' is already claimed by people.yaml entry 'to-lam' (as 'Tô Lâm')");
  }

  @Test
  void anIdIsUsedOnceAcrossPeopleAndBodies() {
    check(List.of(), List.of(person("vna", "Someone", null)), List.of(body("vna", null, "Vietnam News Agency")));

    assertThat(problems.all()).containsExactly("bodies.yaml: 'vna': duplicate id: also used in people.yaml");
  }

  @Test
  void everyReferenceIsABodyId() {
    check(List.of(resolution("nq-57", "57-NQ/TW", "polit-buro")),
        List.of(person("thang", "Nguyễn Văn Thắng", "ministry-of-finances")),
        List.of(body("nic", "ministry-of-finance", "NIC"), body("to-lam-office", null, "Office")));

    assertThat(problems.all()).containsExactly(
        "bodies.yaml: 'nic': parent 'ministry-of-finance' is not an id in bodies.yaml",
        "people.yaml: 'thang': role 'Minister': body 'ministry-of-finances' is not an id in bodies.yaml",
        "resolutions.yaml: 'nq-57': issuer 'polit-buro' is not an id in bodies.yaml");
  }

  @Test
  void resolutionIdsAndShortNamesAreUnique() {
    check(List.of(resolution("nq-57", "57-NQ/TW", "politburo", "Resolution 57"),
            resolution("nq-57", "59-NQ/TW", "politburo"),
            resolution("nq-68", "68-NQ/TW", "politburo", "resolution 57")),
        List.of(), List.of(body("politburo", null, "Politburo")));

    assertThat(problems.all()).containsExactly(
        "resolutions.yaml: 'nq-57': duplicate id",
        "resolutions.yaml: 'nq-68': short name 'resolution 57' is already claimed by entry 'nq-57'");
  }

  private void check(List<Resolution> resolutions, List<Person> people, List<Body> bodies) {
    RegistryConsistency.check(new Registries(resolutions, people, bodies, List.of()), problems);
  }

  private static Person person(String id, String name, String body, String... aliases) {
    return new Person(id, name, new Aliases(List.of(aliases), List.of()), List.of(),
        List.of(new Role(new Bilingual("Minister", null), body, null, UNVERIFIED)), null);
  }

  private static Body body(String id, String parent, String en, String... aliases) {
    return new Body(id, "agency", new Bilingual(en, null), new Aliases(List.of(), List.of(aliases)), parent, UNVERIFIED);
  }

  private static Resolution resolution(String id, String number, String issuer, String... shortNames) {
    Fact text = new Fact("text", UNVERIFIED);
    return new Resolution(id, number, new Aliases(List.of(shortNames), List.of()), text, text,
        new Fact("2024-12-22", UNVERIFIED), new Fact(issuer, UNVERIFIED), List.of());
  }
}
