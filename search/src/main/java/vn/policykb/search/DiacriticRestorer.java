package vn.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
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

  private final SuggestionIndex index;
  private final IndexForms indexForms;

  DiacriticRestorer(SuggestionIndex index, IndexForms indexForms) {
    this.index = index;
    this.indexForms = indexForms;
  }

  /** The query respelt, words the index cannot improve on left as typed; null when none changes. */
  String respell(String typed) throws IOException {
    List<TypedWord> words = TypedWord.in(typed);
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return null;
    }
    IndexForms.Forms forms = indexForms.of(index);
    String[] chosen = words.stream().anyMatch(TypedWord::hasMarks) ? toneStyle(words) : restore(forms, words);
    if (chosen == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int i = 0; i < words.size(); i++) {
      TypedWord word = words.get(i);
      out.append(typed, at, word.start());
      out.append(chosen[i] == null ? word.typed() : FormCasing.cased(index, forms, word, chosen[i]));
      at = word.end();
    }
    out.append(typed, at, typed.length());
    return out.toString();
  }

  /** Words typed with marks, moved to the placement of the index when the index has that form. */
  private String[] toneStyle(List<TypedWord> words) throws IOException {
    String[] placed = new String[words.size()];
    List<Query> lookups = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String lower = words.get(i).lower();
      placed[i] = VietnameseToneMarks.placeTone(lower);
      if (!placed[i].equals(lower)) {
        lookups.add(new TermQuery(new Term(IndexSchema.BODY, placed[i])));
      }
    }
    long[] counts = index.count(lookups);
    String[] chosen = new String[words.size()];
    boolean changed = false;
    for (int i = 0, looked = 0; i < words.size(); i++) {
      if (!placed[i].equals(words.get(i).lower()) && counts[looked++] > 0) {
        chosen[i] = placed[i];
        changed = true;
      }
    }
    return changed ? chosen : null;
  }

  /**
   * The most likely diacritic form of each unaccented word: the sequence that maximizes the
   * phrase counts of adjacent pairs (weighted most) plus the frequency of each form.
   */
  private String[] restore(IndexForms.Forms forms, List<TypedWord> words) throws IOException {
    int n = words.size();
    List<Form[]> candidates = new ArrayList<>(n);
    for (TypedWord word : words) {
      Form[] known = forms.of(word.folded());
      candidates.add(known == null ? new Form[] {new Form(word.lower(), 0)} : known);
    }
    long[][][] pairs = pairCounts(words, candidates);
    // best[i][c]: the best score of words 0..i ending in candidate c; from[i][c] its predecessor
    double[][] best = new double[n][];
    int[][] from = new int[n][];
    for (int i = 0; i < n; i++) {
      Form[] here = candidates.get(i);
      best[i] = new double[here.length];
      from[i] = new int[here.length];
      for (int c = 0; c < here.length; c++) {
        double unigram = 0.1 * Math.log1p(here[c].count());
        if (i == 0) {
          best[i][c] = unigram;
          continue;
        }
        double top = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < best[i - 1].length; p++) {
          double score = best[i - 1][p] + Math.log1p(pairs[i][p][c]);
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

  /**
   * For each word after the first, the documents with each pair of its forms and the forms of the
   * word before as a phrase: {@code [i][before][here]}. Two batches of counts: the folded pairs,
   * then the phrases of the pairs whose folded form occurs at all.
   */
  private long[][][] pairCounts(List<TypedWord> words, List<Form[]> candidates) throws IOException {
    int n = words.size();
    List<Query> folded = new ArrayList<>(n);
    for (int i = 1; i < n; i++) {
      folded.add(new TermQuery(new Term(IndexSchema.BODY_BIGRAMS, words.get(i - 1).folded() + " " + words.get(i).folded())));
    }
    long[] foldedCounts = index.count(folded);
    List<Query> phrases = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      if (foldedCounts[i - 1] > 0) {
        for (Form left : candidates.get(i - 1)) {
          for (Form right : candidates.get(i)) {
            phrases.add(new PhraseQuery(IndexSchema.BODY, left.exact(), right.exact()));
          }
        }
      }
    }
    long[] phraseCounts = index.count(phrases);
    long[][][] counts = new long[n][][];
    int next = 0;
    for (int i = 1; i < n; i++) {
      counts[i] = new long[candidates.get(i - 1).length][candidates.get(i).length];
      if (foldedCounts[i - 1] > 0) {
        for (long[] row : counts[i]) {
          for (int r = 0; r < row.length; r++) {
            row[r] = phraseCounts[next++];
          }
        }
      }
    }
    return counts;
  }
}
