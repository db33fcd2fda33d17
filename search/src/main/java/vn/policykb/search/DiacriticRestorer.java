package vn.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.SearcherManager;
import vn.policykb.analysis.VietnameseToneMarks;
import vn.policykb.index.IndexSchema;
import vn.policykb.search.IndexForms.Form;

/**
 * A query respelt as the texts of the index spell it. Typed without diacritics, word by word,
 * among the forms the index holds for each folded syllable, the sequence whose adjacent pairs
 * occur most often as phrases, the frequency of each form breaking ties. Typed with diacritics,
 * only brought to the tone-mark placement the index uses ({@code hoá} → {@code hóa}).
 */
final class DiacriticRestorer {

  /** Words of a query that are restored at most; longer queries get no suggestion. */
  static final int MAX_WORDS = 12;

  private final SearcherManager searchers;
  private final IndexForms indexForms;

  DiacriticRestorer(SearcherManager searchers, IndexForms indexForms) {
    this.searchers = searchers;
    this.indexForms = indexForms;
  }

  /** The query respelt, words the index cannot improve on left as typed; null when none changes. */
  String respell(String typed) throws IOException {
    List<TypedWord> words = TypedWord.in(typed);
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return null;
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      IndexForms.Forms forms = indexForms.of(searcher.getIndexReader());
      String[] chosen = words.stream().anyMatch(TypedWord::hasMarks)
          ? toneStyle(searcher, words)
          : restore(searcher, forms, words);
      if (chosen == null) {
        return null;
      }
      StringBuilder out = new StringBuilder();
      int at = 0;
      for (int i = 0; i < words.size(); i++) {
        TypedWord word = words.get(i);
        out.append(typed, at, word.start());
        out.append(chosen[i] == null ? word.typed() : FormCasing.cased(searcher, forms, word, chosen[i]));
        at = word.end();
      }
      out.append(typed, at, typed.length());
      return out.toString();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Words typed with marks, moved to the placement of the index when the index has that form. */
  private static String[] toneStyle(IndexSearcher searcher, List<TypedWord> words) throws IOException {
    String[] chosen = new String[words.size()];
    boolean changed = false;
    for (int i = 0; i < words.size(); i++) {
      TypedWord word = words.get(i);
      String placed = VietnameseToneMarks.placeTone(word.lower());
      if (!placed.equals(word.lower()) && searcher.getIndexReader().docFreq(new Term(IndexSchema.BODY, placed)) > 0) {
        chosen[i] = placed;
        changed = true;
      }
    }
    return changed ? chosen : null;
  }

  /**
   * The most likely diacritic form of each unaccented word: the sequence that maximizes the
   * phrase counts of adjacent pairs (weighted most) plus the frequency of each form.
   */
  private static String[] restore(IndexSearcher searcher, IndexForms.Forms forms, List<TypedWord> words)
      throws IOException {
    int n = words.size();
    List<Form[]> candidates = new ArrayList<>(n);
    for (TypedWord word : words) {
      Form[] known = forms.of(word.folded());
      candidates.add(known == null ? new Form[] {new Form(word.lower(), 0)} : known);
    }
    // best[i][c]: the best score of words 0..i ending in candidate c; from[i][c] its predecessor
    double[][] best = new double[n][];
    int[][] from = new int[n][];
    for (int i = 0; i < n; i++) {
      Form[] here = candidates.get(i);
      best[i] = new double[here.length];
      from[i] = new int[here.length];
      long[][] pairs = i == 0 ? null : pairCounts(searcher, words.get(i - 1), words.get(i), candidates.get(i - 1), here);
      for (int c = 0; c < here.length; c++) {
        double unigram = 0.1 * Math.log1p(here[c].count());
        if (i == 0) {
          best[i][c] = unigram;
          continue;
        }
        double top = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < best[i - 1].length; p++) {
          double score = best[i - 1][p] + Math.log1p(pairs[p][c]);
          if (score > top) {
            top = score;
            from[i][c] = p;
          }
        }
        best[i][c] = top + unigram;
      }
    }
    int c = 0;
    for (int k = 1; k < best[n - 1].length; k++) {
      if (best[n - 1][k] > best[n - 1][c]) {
        c = k;
      }
    }
    String[] chosen = new String[n];
    boolean changed = false;
    for (int i = n - 1; i >= 0; i--) {
      String form = candidates.get(i)[c].exact();
      if (!form.equals(words.get(i).lower())) {
        chosen[i] = form;
        changed = true;
      }
      c = from[i][c];
    }
    return changed ? chosen : null;
  }

  /** Documents with each pair of forms as a phrase; none looked up when the folded pair never occurs. */
  private static long[][] pairCounts(IndexSearcher searcher, TypedWord left, TypedWord right, Form[] lefts,
      Form[] rights) throws IOException {
    long[][] counts = new long[lefts.length][rights.length];
    Term folded = new Term(IndexSchema.BODY_BIGRAMS, left.folded() + " " + right.folded());
    if (searcher.getIndexReader().docFreq(folded) == 0) {
      return counts;
    }
    for (int l = 0; l < lefts.length; l++) {
      for (int r = 0; r < rights.length; r++) {
        counts[l][r] = searcher.count(new PhraseQuery(IndexSchema.BODY, lefts[l].exact(), rights[r].exact()));
      }
    }
    return counts;
  }
}
