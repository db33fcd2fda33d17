package vn.policykb.search;

import vn.policykb.index.IndexSchema;
import vn.policykb.kb.LookupKey;
import vn.policykb.index.MentionedPerson;

/**
 * A person as results and pages name them.
 *
 * @param id the registry id for a person of {@code people.yaml}, else a slug of the folded name
 *     ({@code le-van-a}): either way what {@code /people/{id}} takes
 * @param name the canonical name, else the name as the text writes it
 * @param registered whether the person is in the registry
 */
public record PersonRef(String id, String name, boolean registered) {

  public static PersonRef of(MentionedPerson person) {
    return of(person.id(), person.name());
  }

  public static PersonRef of(String registryId, String name) {
    return registryId != null ? new PersonRef(registryId, name, true) : new PersonRef(slug(name), name, false);
  }

  /** The slug of a person only named in texts: the folded name with dashes for spaces. */
  public static String slug(String name) {
    return LookupKey.of(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  /**
   * The index key ({@link IndexSchema#PEOPLE}) of a person only named in texts, from its slug:
   * the folded name, spaces for dashes.
   */
  public static String indexKeyOfSlug(String slug) {
    return IndexSchema.personKey(null, slug.replace('-', ' '));
  }
}
