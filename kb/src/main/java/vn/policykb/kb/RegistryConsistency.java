package vn.policykb.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What no entry can check on its own: ids used once, a name claimed by one entity or resolution
 * (compared as {@link LookupKey}s, so that a lookup never has to choose), and every {@code body},
 * {@code parent} and {@code issuer} an id of {@code bodies.yaml}.
 */
final class RegistryConsistency {

  private RegistryConsistency() {}

  static void check(Registries registries, Problems problems) {
    Map<String, Body> bodyIds = new HashMap<>();
    registries.bodies().forEach(b -> bodyIds.putIfAbsent(b.id(), b));
    checkIdsAndNames(registries.entities(), problems);
    checkBodyReferences(registries.bodies(), registries.people(), bodyIds, problems);
    checkResolutions(registries.resolutions(), bodyIds, problems);
  }

  /** People and bodies share one space of ids and one of names: a text may name either. */
  private static void checkIdsAndNames(List<Entity> entities, Problems problems) {
    record Owner(String file, String id, String name) {}
    Map<String, Owner> ids = new HashMap<>();
    Map<String, Owner> names = new HashMap<>();
    for (Entity entity : entities) {
      String file = fileOf(entity);
      String label = label(entity.id());
      Owner previousId = ids.putIfAbsent(entity.id(), new Owner(file, entity.id(), entity.id()));
      if (previousId != null) {
        problems.add(file, label, "duplicate id: also used in " + previousId.file());
        continue;
      }
      for (String name : entity.names()) {
        Owner previous = names.putIfAbsent(LookupKey.of(name), new Owner(file, entity.id(), name));
        if (previous != null && !previous.id().equals(entity.id())) {
          problems.add(file, label, "alias '" + name + "' is already claimed by " + previous.file()
              + " entry '" + previous.id() + "' (as '" + previous.name() + "')");
        }
      }
    }
  }

  private static void checkBodyReferences(List<Body> bodies, List<Person> people, Map<String, Body> bodyIds,
      Problems problems) {
    for (Body body : bodies) {
      if (body.parent() != null && !bodyIds.containsKey(body.parent())) {
        problems.add(BodiesFile.NAME, label(body.id()), "parent '" + body.parent() + "' is not an id in " + BodiesFile.NAME);
      }
    }
    for (Person person : people) {
      for (Role role : person.roles()) {
        if (role.body() != null && !bodyIds.containsKey(role.body())) {
          problems.add(PeopleFile.NAME, label(person.id()), "role '" + role.title().en() + "': body '" + role.body()
              + "' is not an id in " + BodiesFile.NAME);
        }
      }
    }
  }

  private static void checkResolutions(List<Resolution> resolutions, Map<String, Body> bodyIds, Problems problems) {
    Map<String, Resolution> ids = new HashMap<>();
    for (Resolution resolution : resolutions) {
      String label = label(resolution.id());
      if (ids.putIfAbsent(resolution.id(), resolution) != null) {
        problems.add(ResolutionsFile.NAME, label, "duplicate id");
      }
      List<Fact> issuers = new ArrayList<>();
      issuers.add(resolution.issuer());
      resolution.implementingDocuments().forEach(d -> issuers.add(d.issuer()));
      for (Fact issuer : issuers) {
        if (!bodyIds.containsKey(issuer.value())) {
          problems.add(ResolutionsFile.NAME, label, "issuer '" + issuer.value() + "' is not an id in " + BodiesFile.NAME);
        }
      }
    }
    Map<String, String> claimed = new HashMap<>();
    for (Resolution resolution : resolutions) {
      for (String name : resolution.lookupNames()) {
        String previous = claimed.putIfAbsent(LookupKey.of(name), resolution.id());
        if (previous != null && !previous.equals(resolution.id())) {
          problems.add(ResolutionsFile.NAME, label(resolution.id()), "short name '" + name
              + "' is already claimed by entry '" + previous + "'");
        }
      }
    }
  }

  private static String fileOf(Entity entity) {
    return switch (entity) {
      case Person ignored -> PeopleFile.NAME;
      case Body ignored -> BodiesFile.NAME;
    };
  }

  private static String label(String id) {
    return "'" + id + "'";
  }
}
