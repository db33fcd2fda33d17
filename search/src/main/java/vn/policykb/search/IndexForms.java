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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import vn.policykb.analysis.VietnameseFolding;
import vn.policykb.index.IndexSchema;

/**
 * The diacritic forms the texts use for each folded syllable, with how often: built from the terms
 * of the exact field once per index reader, lazily, keeping only forms that occur at least twice
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
   * The forms of one index reader, and what was learnt since of how the texts capitalize them.
   *
   * @param byFolded folded syllable → its most frequent forms, most frequent first
   * @param capitalized form → whether the texts mostly write it with a capital mid-sentence
   */
  record Forms(Object readerKey, NavigableMap<String, Form[]> byFolded, Map<String, Boolean> capitalized) {

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

  /** The forms of this reader: those of the last reader asked for, or built anew. */
  Forms of(IndexReader reader) throws IOException {
    Object key = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
    Forms current = forms;
    if (current != null && current.readerKey() == key) {
      return current;
    }
    synchronized (this) {
      current = forms;
      if (current == null || current.readerKey() != key) {
        current = new Forms(key, build(reader), new ConcurrentHashMap<>());
        forms = current;
      }
      return current;
    }
  }

  /** Folded syllable → its most frequent forms in the exact field, most frequent first. */
  static NavigableMap<String, Form[]> build(IndexReader reader) throws IOException {
    Map<String, List<Form>> all = new HashMap<>();
    Terms terms = MultiTerms.getTerms(reader, IndexSchema.BODY);
    if (terms != null) {
      TermsEnum each = terms.iterator();
      for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
        if (bytes.length > MAX_TERM_LENGTH * 3) {
          continue;
        }
        long count = each.totalTermFreq();
        if (count < MIN_OCCURRENCES) {
          continue;
        }
        String term = bytes.utf8ToString();
        if (term.length() > MAX_TERM_LENGTH || !TypedWord.LETTERS.matcher(term).matches()) {
          continue;
        }
        all.computeIfAbsent(VietnameseFolding.fold(term), k -> new ArrayList<>(2)).add(new Form(term, count));
      }
    }
    NavigableMap<String, Form[]> byFolded = new TreeMap<>();
    all.forEach((folded, list) -> {
      list.sort(Form.MOST_FREQUENT_FIRST);
      byFolded.put(folded, list.subList(0, Math.min(FORMS_PER_SYLLABLE, list.size())).toArray(Form[]::new));
    });
    return byFolded;
  }
}
