package vn.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import vn.policykb.analysis.encoding.VietnameseSyllable;
import vn.policykb.analysis.telex.TelexDecoder;
import vn.policykb.index.IndexSchema;

/**
 * A query typed in Telex keystrokes with the Vietnamese input method off ({@code nghij quyeets
 * 57}), read as the words it was meant to be ({@code nghị quyết 57}); a query whose words are
 * meant as typed ({@code does}, {@code too much}) is left alone.
 *
 * <p>Each word is read either as typed or as one of the syllables its keys make ({@link
 * TelexDecoder}), and the index decides between them the way {@link DiacriticRestorer} does:
 * the sequence of readings whose words the texts use most often, and whose neighbours the texts
 * most often write together, wins. A word as typed counts {@value #TYPED_WEIGHT} times its
 * document frequency, so a word the texts use as typed ({@code does}, {@code too}) is read as
 * keystrokes only where its neighbours say so ({@code too laam} is {@code Tô Lâm}, {@code too
 * much} stays). And a query with as many words of another language as words to decode is read as
 * typed: an English word may be keystrokes of a common syllable ({@code car}, {@code cả}) in an
 * index with few English texts.
 */
public final class TelexQueries {

  /** How much more often the decoded word must occur than the typed one, with no neighbour to tell. */
  static final int TYPED_WEIGHT = 20;
  /** Words of a query read at most: a longer one is a pasted text, typed with its marks. */
  static final int MAX_WORDS = UserQuery.PASTED_TEXT_WORDS;
  /** Weight of two neighbours written together: the evidence of two words, not one. */
  static final double PAIR_WEIGHT = 2;
  /** Decoded syllables weighed per word, the most frequent ones. */
  private static final int READINGS_PER_WORD = 2;

  private final MatchCounts counts;

  /** @param counts the index whose texts decide how a query reads */
  public TelexQueries(MatchCounts counts) {
    this.counts = counts;
  }

  /** Reading queries against the embedded index. */
  TelexQueries(SearcherManager searchers) {
    this(new IndexMatchCounts(searchers));
  }

  /**
   * A word the texts have as typed ({@code too}) is decoded only beside a neighbour the texts write
   * it with ({@code too laam}, Tô Lâm): alone, the typed word is as likely meant as typed.
   */
  private static void keepTypedWithoutContext(Map<Pair, Long> pairs, List<List<Reading>> readings, Reading[] chosen) {
    Reading[] context = chosen.clone();
    for (int i = 0; i < chosen.length; i++) {
      Reading typed = readings.get(i).getFirst();
      if (!context[i].decoded() || typed.decoded()) {
        continue;
      }
      boolean together = i > 0 && pairCount(pairs, context[i - 1], context[i]) > 0
          || i + 1 < chosen.length && pairCount(pairs, context[i], context[i + 1]) > 0;
      if (!together) {
        chosen[i] = typed;
      }
    }
  }

  private static int decodedCount(Reading[] chosen) {
    int decoded = 0;
    for (Reading reading : chosen) {
      decoded += reading.decoded() ? 1 : 0;
    }
    return decoded;
  }

  /**
   * Words that are neither keystrokes of a syllable the texts have nor a Vietnamese syllable typed
   * without marks, nor an acronym ({@code electric}, {@code sales}): evidence that the query is written in another
   * language, whatever share of the index that language has.
   */
  private static int foreignWords(List<TypedWord> words, List<List<Reading>> readings) {
    int foreign = 0;
    for (int i = 0; i < words.size(); i++) {
      boolean decodable = readings.get(i).stream().anyMatch(Reading::decoded);
      String typed = words.get(i).typed();
      boolean acronym = typed.equals(typed.toUpperCase(Locale.ROOT));
      if (!decodable && !acronym && typed.length() > 1 && !VietnameseSyllable.isValid(typed)) {
        foreign++;
      }
    }
    return foreign;
  }

  /** One way of reading a word, with the number of documents that have it. */
  private record Reading(String text, String term, long docs, boolean decoded) {}

  /** Two neighbouring readings, whose documents with both side by side are counted. */
  private record Pair(Reading left, Reading right) {}

  /** The query with its keystroke words decoded, or null when it is best read as typed. */
  public String decode(String typed) throws IOException {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    List<TypedWord> words = TypedWord.in(typed);
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return null;
    }
    List<List<Reading>> readings = readings(words);
    if (readings == null) {
      return null;
    }
    Map<Pair, Long> pairs = pairCounts(readings);
    Reading[] chosen = best(pairs, readings);
    keepTypedWithoutContext(pairs, readings, chosen);
    if (decodedCount(chosen) <= foreignWords(words, readings)) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    boolean changed = false;
    for (int i = 0; i < words.size(); i++) {
      TypedWord word = words.get(i);
      out.append(typed, at, word.start());
      out.append(chosen[i].decoded() ? chosen[i].text() : word.typed());
      changed |= chosen[i].decoded();
      at = word.end();
    }
    out.append(typed, at, typed.length());
    return changed ? out.toString() : null;
  }

  /**
   * Each word's readings: as typed, and the syllables its keys make that the texts have; null when
   * no word has any but its typed one. A typed form no text has is no reading where a decoded one
   * is. The index is asked once, for every word and syllable, and not at all when no word is
   * keystrokes.
   */
  private List<List<Reading>> readings(List<TypedWord> words) throws IOException {
    List<List<String>> syllables = new ArrayList<>(words.size());
    List<Query> terms = new ArrayList<>();
    boolean any = false;
    for (TypedWord word : words) {
      terms.add(new TermQuery(new Term(IndexSchema.BODY_FOLDED, word.folded())));
      List<String> decoded = new ArrayList<>();
      if (!word.hasMarks()) {
        for (String syllable : TelexDecoder.decode(word.typed())) {
          String term = syllable.toLowerCase(Locale.ROOT);
          if (!term.equals(word.lower())) {
            decoded.add(syllable);
            terms.add(new TermQuery(new Term(IndexSchema.BODY, term)));
          }
        }
      }
      any |= !decoded.isEmpty();
      syllables.add(decoded);
    }
    if (!any) {
      return null;
    }
    long[] docs = counts.count(terms);
    List<List<Reading>> all = new ArrayList<>(words.size());
    boolean found = false;
    int next = 0;
    for (int w = 0; w < words.size(); w++) {
      TypedWord word = words.get(w);
      Reading asTyped = new Reading(word.typed(), word.lower(), docs[next++], false);
      List<Reading> decoded = new ArrayList<>();
      for (String syllable : syllables.get(w)) {
        long count = docs[next++];
        if (count > 0) {
          decoded.add(new Reading(syllable, syllable.toLowerCase(Locale.ROOT), count, true));
        }
      }
      decoded.sort(Comparator.comparingLong(Reading::docs).reversed());
      List<Reading> options = new ArrayList<>();
      if (decoded.isEmpty() || asTyped.docs() > 0) {
        options.add(asTyped);
      }
      options.addAll(decoded.subList(0, Math.min(READINGS_PER_WORD, decoded.size())));
      found |= !decoded.isEmpty();
      all.add(options);
    }
    return found ? all : null;
  }

  /**
   * Documents with two neighbouring readings side by side, for every two neighbours either choice
   * may take, in one batch; none looked up where either word is in no document.
   */
  private Map<Pair, Long> pairCounts(List<List<Reading>> readings) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    List<Query> phrases = new ArrayList<>();
    for (int i = 1; i < readings.size(); i++) {
      for (Reading left : readings.get(i - 1)) {
        for (Reading right : readings.get(i)) {
          if (left.docs() > 0 && right.docs() > 0) {
            pairs.add(new Pair(left, right));
            phrases.add(new PhraseQuery(IndexSchema.BODY, left.term(), right.term()));
          }
        }
      }
    }
    Map<Pair, Long> counted = new HashMap<>();
    if (!phrases.isEmpty()) {
      long[] counts = this.counts.count(phrases);
      for (int i = 0; i < counts.length; i++) {
        counted.put(pairs.get(i), counts[i]);
      }
    }
    return counted;
  }

  private static long pairCount(Map<Pair, Long> pairs, Reading left, Reading right) {
    return pairs.getOrDefault(new Pair(left, right), 0L);
  }

  /** The readings, one per word, that maximize the words' and the neighbouring pairs' frequencies. */
  private static Reading[] best(Map<Pair, Long> pairs, List<List<Reading>> readings) {
    int n = readings.size();
    double[][] best = new double[n][];
    int[][] from = new int[n][];
    for (int i = 0; i < n; i++) {
      List<Reading> here = readings.get(i);
      best[i] = new double[here.size()];
      from[i] = new int[here.size()];
      for (int c = 0; c < here.size(); c++) {
        Reading reading = here.get(c);
        double unigram = Math.log1p(reading.decoded() ? reading.docs() : (double) TYPED_WEIGHT * reading.docs());
        if (i == 0) {
          best[i][c] = unigram;
          continue;
        }
        List<Reading> before = readings.get(i - 1);
        double top = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < before.size(); p++) {
          double pair = here.size() == 1 && before.size() == 1
              ? 0 : PAIR_WEIGHT * Math.log1p(pairCount(pairs, before.get(p), reading));
          double score = best[i - 1][p] + pair;
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
    Reading[] chosen = new Reading[n];
    for (int i = n - 1; i >= 0; i--) {
      chosen[i] = readings.get(i).get(c);
      c = from[i][c];
    }
    return chosen;
  }
}
