package vn.policykb.search;

import vn.policykb.index.IndexSchema;
import vn.policykb.kb.KnowledgeBase;

/**
 * The index's key of a person as a reader names them: a registry id ({@code to-lam}), any
 * registry name or alias ({@code To Lam}, {@code Tổng Bí thư Tô Lâm}), the slug of a name the
 * registry lacks ({@code le-van-a}), or that name itself.
 */
public final class PersonKeys {

  private final KnowledgeBase kb;

  public PersonKeys(KnowledgeBase kb) {
    this.kb = kb;
  }

  public String of(String named) {
    String value = named.strip();
    if (value.startsWith("name:")) {
      return value;
    }
    if (kb.byId(value).isPresent()) {
      return value;
    }
    return kb.person(value).map(person -> person.id())
        .orElseGet(() -> IndexSchema.personKey(null, value.replace('-', ' ')));
  }

  /** How a key reads on a page: the registry's name, else the folded name in capitals. */
  public String label(String key) {
    if (key.startsWith("name:")) {
      StringBuilder label = new StringBuilder();
      for (String word : key.substring("name:".length()).split(" ")) {
        if (!word.isEmpty()) {
          label.append(label.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
      }
      return label.toString();
    }
    return kb.byId(key).map(entity -> entity.displayName()).orElse(key);
  }
}
