package vn.policykb.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * A person of {@code people.yaml}. {@code shortForms} (a given name alone, {@code "Lâm"}) refer to
 * the person only after a text has named them in full, so they are not part of the alias lookup.
 */
public record Person(
    String id, String name, Aliases aliases, List<String> shortForms, List<Role> roles, String note)
    implements Entity {

  public Person {
    shortForms = List.copyOf(shortForms);
    roles = List.copyOf(roles);
  }

  @Override
  public String displayName() {
    return name;
  }

  @Override
  public List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(name);
    names.addAll(aliases.all());
    return List.copyOf(names);
  }
}
