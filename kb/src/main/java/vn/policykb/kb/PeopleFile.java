package vn.policykb.kb;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code people.yaml}: each person with their aliases, short forms and roles. */
final class PeopleFile {

  static final String NAME = "people.yaml";

  private static final String PEOPLE = "people";

  private PeopleFile() {}

  /** The valid entries; each problem goes to {@code problems}. */
  static List<Person> read(String text, Problems problems) {
    List<Person> people = new ArrayList<>();
    YamlSections sections = YamlSections.parse(NAME, text, problems, PEOPLE).orElse(null);
    if (sections == null) {
      return people;
    }
    for (YamlEntry entry : sections.entries(PEOPLE)) {
      Person person = person(entry);
      if (person != null) {
        people.add(person);
      }
    }
    return people;
  }

  private static Person person(YamlEntry entry) {
    String id = RegistryFields.id(entry);
    String name = entry.required("name");
    Aliases aliases = RegistryFields.aliases(entry, "aliases");
    List<String> shortForms = entry.texts("shortForms");
    List<YamlEntry> roleEntries = entry.children("roles");
    if (roleEntries.isEmpty()) {
      entry.problem("missing required field 'roles' (at least one role)");
    }
    List<Role> roles = new ArrayList<>();
    for (YamlEntry roleEntry : roleEntries) {
      Role role = role(roleEntry);
      if (role != null) {
        roles.add(role);
      }
    }
    String note = entry.optional("note");
    entry.rejectUnknownFields();
    return id != null && name != null ? new Person(id, name, aliases, shortForms, roles, note) : null;
  }

  private static Role role(YamlEntry entry) {
    Bilingual titles = RegistryFields.bilingual(entry, "title");
    String body = entry.optional("body");
    String period = entry.optional("period");
    Citation citation = RegistryFields.citation(entry);
    entry.rejectUnknownFields();
    return titles != null && citation != null ? new Role(titles, body, period, citation) : null;
  }
}
