package vn.policykb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.LuceneStoredMatches;
import vn.policykb.index.StoredMatches;
import vn.policykb.index.SearchableIndex;

/**
 * Where a quote was published: every document whose text holds the words, exactly or nearly
 * (folded, so that spelling with or without diacritics and tone-mark placement do not matter), and
 * the story each is linked to in the other language. Copies of an article count: each is a
 * publication. The oldest dated one is marked first.
 *
 * <p>The index finds the candidates (documents having most of the quote's folded words); each is
 * then checked on its text: the share of the quote's adjacent word pairs it has.
 */
public final class QuoteProvenance implements QuoteOrigins {

  /** Longest text looked for, in characters. */
  public static final int MAX_TEXT = 2_000;
  /** Share of the quote's word pairs a near publication has, at least. */
  static final double NEAR = 0.8;
  /** Candidates checked, at most. */
  private static final int MAX_CANDIDATES = 2_000;
  /** Distinct words the candidate query holds, at most. */
  private static final int MAX_WORDS = 200;
  private static final Set<String> FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.SOURCE,
      IndexSchema.DATE, IndexSchema.URL, IndexSchema.LANG, IndexSchema.BODY, IndexSchema.TRANSLATION);

  private final StoredMatches matches;
  private final Analyzer analyzer;

  public QuoteProvenance(SearchableIndex index) {
    this(new LuceneStoredMatches(index.searchers()), index.analyzer());
  }

  /** Publications among the documents these matches read, whichever index answers them. */
  public QuoteProvenance(StoredMatches matches, Analyzer analyzer) {
    this.matches = matches;
    this.analyzer = analyzer;
  }

  /** @throws IllegalArgumentException for a text without words, or longer than {@link #MAX_TEXT} */
  public QuoteProvenanceResult of(String text) throws IOException {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text is missing: give the words of the quote");
    }
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("text must be at most " + MAX_TEXT + " characters, was " + text.length());
    }
    List<String> words = folded(text);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("text has no words to look for");
    }
    Set<String> quotePairs = pairs(words);
    Set<String> distinct = new LinkedHashSet<>(words);
    BooleanQuery.Builder candidates = new BooleanQuery.Builder();
    distinct.stream().limit(MAX_WORDS)
        .forEach(w -> candidates.add(new TermQuery(new Term(IndexSchema.BODY_FOLDED, w)), Occur.SHOULD));
    candidates.setMinimumNumberShouldMatch((int) Math.ceil(Math.min(distinct.size(), MAX_WORDS) * NEAR));
    Map<String, QuotePublication> found = new LinkedHashMap<>();
    List<String> translations = new ArrayList<>();
    for (Document doc : matches.best(candidates.build(), MAX_CANDIDATES, FIELDS)) {
      List<String> bodyWords = folded(doc.get(IndexSchema.TITLE) + "\n" + doc.get(IndexSchema.BODY));
      Set<String> bodyPairs = pairs(bodyWords);
      // a one-word quote is looked for as a word (no pair has a single word)
      bodyPairs.addAll(bodyWords);
      double share = share(quotePairs, bodyPairs);
      if (share >= NEAR) {
        found.put(doc.get(IndexSchema.ID), publication(doc, share == 1.0 ? "exact" : "near"));
        String translation = doc.get(IndexSchema.TRANSLATION);
        if (translation != null && !translation.isEmpty()) {
          translations.add(translation);
        }
      }
    }
    for (String translation : translations) {
      if (!found.containsKey(translation)) {
        for (Document linked : matches.best(new TermQuery(new Term(IndexSchema.ID, translation)), 1, FIELDS)) {
          found.put(translation, publication(linked, "translation"));
        }
      }
    }
    return new QuoteProvenanceResult(text, oldestFirst(found.values()));
  }

  /** Dated publications oldest first, then undated ones; the first dated one marked. */
  static List<QuotePublication> oldestFirst(java.util.Collection<QuotePublication> publications) {
    List<QuotePublication> sorted = new ArrayList<>(publications);
    sorted.sort(Comparator.comparing((QuotePublication p) -> p.date() == null)
        .thenComparing(p -> p.date() == null ? "" : p.date())
        .thenComparing(p -> "translation".equals(p.match()))
        .thenComparing(QuotePublication::id));
    List<QuotePublication> marked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      QuotePublication p = sorted.get(i);
      boolean first = i == 0 && p.date() != null;
      marked.add(new QuotePublication(p.id(), p.title(), p.source(), p.date(), p.url(), p.lang(), first, p.match()));
    }
    return marked;
  }

  private static QuotePublication publication(Document doc, String match) {
    return new QuotePublication(doc.get(IndexSchema.ID), doc.get(IndexSchema.TITLE), doc.get(IndexSchema.SOURCE),
        doc.get(IndexSchema.DATE), doc.get(IndexSchema.URL), doc.get(IndexSchema.LANG), false, match);
  }

  /** The share of the quote's pairs a text has. */
  private static double share(Set<String> quotePairs, Set<String> textPairs) {
    int have = 0;
    for (String pair : quotePairs) {
      if (textPairs.contains(pair)) {
        have++;
      }
    }
    return (double) have / quotePairs.size();
  }

  /** Adjacent words, or the single word of a one-word text. */
  private static Set<String> pairs(List<String> words) {
    Set<String> pairs = new HashSet<>();
    if (words.size() == 1) {
      pairs.add(words.getFirst());
    }
    for (int i = 1; i < words.size(); i++) {
      pairs.add(words.get(i - 1) + " " + words.get(i));
    }
    return pairs;
  }

  /** The words of a text as {@code body.folded} indexes them, in order. */
  private List<String> folded(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(IndexSchema.BODY_FOLDED, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      var increment = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        if (increment.getPositionIncrement() > 0) {
          words.add(term.toString());
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
