package vn.policykb.ingest.people;

/**
 * A place in a text that names a person.
 *
 * @param personId the person's id in {@code people.yaml}, or null for a person not in the registry
 * @param name the canonical name of a registry person, else the name as written
 * @param start offset of the first character of the mention (titles included when they are part
 *     of the alias that matched)
 * @param end offset after the last character
 * @param fullName the mention gives the full name (not a short form or a bare title)
 */
public record PersonMention(String personId, String name, int start, int end, boolean fullName) {

  /** The key two mentions of one person share: the registry id, else the folded name. */
  public String identity() {
    return personId != null ? personId : "name:" + vn.policykb.kb.LookupKey.of(name);
  }
}
