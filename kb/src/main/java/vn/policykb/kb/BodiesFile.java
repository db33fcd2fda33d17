package vn.policykb.kb;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code bodies.yaml}: the organisations under {@code bodies}, the countries under {@code countries}. */
final class BodiesFile {

  static final String NAME = "bodies.yaml";

  private static final String BODIES = "bodies";
  private static final String COUNTRIES = "countries";

  private BodiesFile() {}

  /** The valid entries, bodies then countries; each problem goes to {@code problems}. */
  static List<Body> read(String text, Problems problems) {
    List<Body> bodies = new ArrayList<>();
    YamlSections sections = YamlSections.parse(NAME, text, problems, BODIES, COUNTRIES).orElse(null);
    if (sections == null) {
      return bodies;
    }
    for (String section : List.of(BODIES, COUNTRIES)) {
      for (YamlEntry entry : sections.entries(section)) {
        Body body = body(entry, section.equals(COUNTRIES));
        if (body != null) {
          bodies.add(body);
        }
      }
    }
    return bodies;
  }

  private static Body body(YamlEntry entry, boolean inCountries) {
    String id = RegistryFields.id(entry);
    String kind = entry.required("kind");
    if (kind != null && inCountries != kind.equals(Body.COUNTRY)) {
      entry.problem(inCountries ? "kind must be 'country' in countries" : "a country belongs in countries, not bodies");
    }
    Bilingual names = RegistryFields.bilingual(entry, "name");
    Aliases aliases = RegistryFields.aliases(entry, "aliases");
    String parent = entry.optional("parent");
    Citation citation = RegistryFields.citation(entry);
    entry.optional("note");
    entry.rejectUnknownFields();
    return id != null && kind != null && names != null && citation != null
        ? new Body(id, kind, names, aliases, parent, citation)
        : null;
  }
}
