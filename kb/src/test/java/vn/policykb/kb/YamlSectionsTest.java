package vn.policykb.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlSectionsTest {

  private final Problems problems = new Problems();

  @Test
  void entriesAreLabelledByIdAndPosition() {
    YamlSections sections = YamlSections.parse("bodies.yaml", """
        bodies:
          - id: cpv
          - kind: party
          - just a text
        """, problems, "bodies").orElseThrow();

    List<YamlEntry> entries = sections.entries("bodies");

    assertThat(entries).extracting(YamlEntry::label).containsExactly("'cpv' (bodies #1)", "bodies #2 (no id)");
    assertThat(problems.all()).containsExactly("bodies.yaml: bodies #3: must be a map, not 'just a text'");
  }

  @Test
  void anUnknownMissingOrMalformedSectionIsReported() {
    YamlSections sections = YamlSections.parse("bodies.yaml", "bodies: {id: cpv}\nbodys: []\n", problems,
        "bodies", "countries").orElseThrow();

    assertThat(sections.entries("bodies")).isEmpty();
    assertThat(sections.entries("countries")).isEmpty();
    assertThat(problems.all()).containsExactly(
        "bodies.yaml: unknown section 'bodys' (expected bodies, countries)",
        "bodies.yaml: section 'bodies' must be a list of entries",
        "bodies.yaml: missing section 'countries'");
  }

  @Test
  void aDuplicateKeyIsNotValidYaml() {
    assertThat(YamlSections.parse("people.yaml", "people: []\npeople: []\n", problems, "people")).isEmpty();
    assertThat(problems.all()).singleElement().asString()
        .startsWith("people.yaml: not valid YAML: ")
        .contains("duplicate key people")
        .doesNotContain("\n");
  }

  @Test
  void theTopMustBeAMap() {
    assertThat(YamlSections.parse("people.yaml", "- id: to-lam\n", problems, "people")).isEmpty();
    assertThat(YamlSections.parse("bodies.yaml", "", problems, "bodies", "countries")).isEmpty();
    assertThat(problems.all()).containsExactly(
        "people.yaml: must be a map with people, not a list",
        "bodies.yaml: must be a map with bodies and countries, not nothing");
  }
}
