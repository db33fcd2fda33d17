package vn.policykb.kb;

import java.util.ArrayList;
import java.util.List;

/** The records read from the four registry files, before any lookup is built on them. */
record Registries(List<Resolution> resolutions, List<Person> people, List<Body> bodies, List<GlossaryEntry> glossary) {

  Registries {
    resolutions = List.copyOf(resolutions);
    people = List.copyOf(people);
    bodies = List.copyOf(bodies);
    glossary = List.copyOf(glossary);
  }

  /** Every person, body and country, people first: the order in which a name is claimed. */
  List<Entity> entities() {
    List<Entity> entities = new ArrayList<>(people);
    entities.addAll(bodies);
    return List.copyOf(entities);
  }
}
