package vn.policykb.ingest.storykeys;

import java.util.Set;

/**
 * What a text says that survives translation, as keys that an English article and its
 * Vietnamese counterpart share: {@code n:} a number's value, {@code ref:} a legal document,
 * {@code e:} a registry person, body or country, {@code g:} a glossary concept, {@code w:} a name
 * written the same in both languages ({@code Brexit}, {@code Trump}), {@code p:} a person named
 * outside the registry.
 */
public record StoryKeys(Set<String> keys) {

  public StoryKeys {
    keys = Set.copyOf(keys);
  }

  /** The kind of a key: its prefix. */
  public static String kind(String key) {
    int colon = key.indexOf(':');
    return colon < 0 ? "" : key.substring(0, colon);
  }
}
