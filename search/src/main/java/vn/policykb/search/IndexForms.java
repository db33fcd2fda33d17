package vn.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.policykb.analysis.VietnameseFolding;

/**
 * The diacritic forms the texts use for each folded syllable, with how often: built from the terms
 * of the exact field once per index version, lazily, keeping only forms that occur at least twice
 * and the few most frequent forms of each folded syllable.
 */
final class IndexForms {

  /** Diacritic forms kept per folded syllable. */
  static final int FORMS_PER_SYLLABLE = 4;
  /** Occurrences a form needs in the texts to be proposed. */
  static final int MIN_OCCURRENCES = 2;
  /** Longest term kept in the map. */
  static final int MAX_TERM_LENGTH = 20;

  /** One diacritic form of a folded syllable and how often the texts have it. */
  record Form(String exact, long count) {

    static final Comparator<Form> MOST_FREQUENT_FIRST =
        Comparator.comparingLong(Form::count).reversed().thenComparing(Form::exact);
  }

  /**
   * The forms of one version of the index, and what was learnt since of how the texts capitalize them.
   *
   * @param byFolded folded syllable → its most frequent forms, most frequent first
   * @param capitalized form → whether the texts mostly write it with a capital mid-sentence
   */
  record Forms(Object version, NavigableMap<String, Form[]> byFolded, Map<String, Boolean> capitalized) {

    /** The forms of a folded syllable, or null when the texts have none often enough. */
    Form[] of(String folded) {
      return byFolded.get(folded);
    }

    /** The forms of every folded syllable that starts with the prefix. */
    Collection<Form[]> startingWith(String foldedPrefix) {
      return byFolded.subMap(foldedPrefix, true, foldedPrefix + Character.MAX_VALUE, false).values();
    }
  }

  private volatile Forms forms;

  /** The forms of the index as it is: those learnt last while its version is the same, or built anew. */
  Forms of(SuggestionIndex index) throws IOException {
    Object key = index.version();
    Forms current = forms;
    if (current != null && current.version() == key) {
      return current;
    }
    synchronized (this) {
      current = forms;
      if (current == null || current.version() != key) {
        current = new Forms(key, build(index), new ConcurrentHashMap<>());
        forms = current;
      }
      return current;
    }
  }

  /** Folded syllable → its most frequent forms in the exact field, most frequent first. */
  static NavigableMap<String, Form[]> build(SuggestionIndex index) throws IOException {
    Map<String, List<Form>> all = new HashMap<>();
    index.bodyTerms((term, count) -> {
      if (count >= MIN_OCCURRENCES && term.length() <= MAX_TERM_LENGTH && TypedWord.LETTERS.matcher(term).matches()) {
        all.computeIfAbsent(VietnameseFolding.fold(term), k -> new ArrayList<>(2)).add(new Form(term, count));
      }
    });
    NavigableMap<String, Form[]> byFolded = new TreeMap<>();
    all.forEach((folded, list) -> {
      list.sort(Form.MOST_FREQUENT_FIRST);
      byFolded.put(folded, list.subList(0, Math.min(FORMS_PER_SYLLABLE, list.size())).toArray(Form[]::new));
    });
    return byFolded;
  }
}
