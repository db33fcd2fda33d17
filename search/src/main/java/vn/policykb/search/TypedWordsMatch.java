package vn.policykb.search;

import java.util.List;
import vn.policykb.kb.LookupKey;

/** How well a name matches words being typed, accents and case aside. */
final class TypedWordsMatch {

  private TypedWordsMatch() {}

  /** 0 when the name starts with the words, 1 when each word starts a word of it, -1 when not. */
  static int rank(String name, List<String> typedWords) {
    if (typedWords.isEmpty() || name == null) {
      return -1;
    }
    String key = LookupKey.of(name);
    List<String> nameWords = List.of(key.split(" "));
    for (String typed : typedWords) {
      if (nameWords.stream().noneMatch(w -> w.startsWith(typed))) {
        return -1;
      }
    }
    return key.startsWith(String.join(" ", typedWords)) ? 0 : 1;
  }
}
