package vn.policykb.ingest.search;

import vn.policykb.ingest.index.IndexSchema;
import vn.policykb.ingest.kb.KnowledgeBase;

/**
 * The index's key of a person as a reader names them: a registry id ({@code to-lam}), any
 * registry name or alias ({@code To Lam}, {@code Tổng Bí thư Tô Lâm}), the slug of a name the
 * registry lacks ({@code le-van-a}), or that name itself.
 */
final class PersonKeys {

  /** Parsed once, on first use. */
  private static final class Bundled {
    static final KnowledgeBase KB = KnowledgeBase.loadBundled();
  }

  private PersonKeys() {}

  static String of(String named) {
    String value = named.strip();
    if (value.startsWith("name:")) {
      return value;
    }
    KnowledgeBase kb = Bundled.KB;
    if (kb.byId(value).isPresent()) {
      return value;
    }
    return kb.person(value).map(person -> person.id())
        .orElseGet(() -> IndexSchema.personKey(null, value.replace('-', ' ')));
  }

  /** How a key reads on a page: the registry's name, else the folded name in capitals. */
  static String label(String key) {
    if (key.startsWith("name:")) {
      StringBuilder label = new StringBuilder();
      for (String word : key.substring("name:".length()).split(" ")) {
        if (!word.isEmpty()) {
          label.append(label.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
      }
      return label.toString();
    }
    return Bundled.KB.byId(key).map(entity -> entity.displayName()).orElse(key);
  }
}
