package vn.policykb.ingest.storykeys;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a text says that survives translation, as keys that an English article and its
 * Vietnamese counterpart share: {@code n:} a number's value, {@code ref:} a legal document,
 * {@code e:} a registry person, body or country, {@code g:} a glossary concept, {@code w:} a name
 * written the same in both languages ({@code Brexit}, {@code Trump}), {@code p:} a person named
 * outside the registry.
 */
public record StoryKeys(Set<String> keys) {

  /** In order, so that the stored keys and the sums over them are the same from run to run. */
  public StoryKeys {
    keys = Collections.unmodifiableSortedSet(new TreeSet<>(keys));
  }

  /** The kind of a key: its prefix. */
  public static String kind(String key) {
    int colon = key.indexOf(':');
    return colon < 0 ? "" : key.substring(0, colon);
  }
}
