package vn.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.policykb.analysis.VietnameseFolding;
import vn.policykb.index.IndexSchema;
import vn.policykb.kb.GlossaryEntry;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.kb.LookupKey;

/**
 * Sources of the index and phrases of the glossary (both languages) whose words start with the
 * words typed, accents aside: those the typed words begin first, then the most published.
 */
final class SourceAndPhraseSuggestions {

  private final SuggestionIndex index;
  private final List<String> phrases;

  SourceAndPhraseSuggestions(SuggestionIndex index, KnowledgeBase knowledgeBase) {
    this.index = index;
    Set<String> all = new LinkedHashSet<>();
    for (GlossaryEntry entry : knowledgeBase.glossary().entries()) {
      all.addAll(entry.vi());
      all.addAll(entry.en());
    }
    this.phrases = List.copyOf(all);
  }

  private record Ranked(String value, int rank, long count) {}

  private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingInt(Ranked::rank)
      .thenComparing(Comparator.comparingLong(Ranked::count).reversed()).thenComparing(Ranked::value);

  /** Source names, as the documents give them, the sources with most documents first among equals. */
  List<String> sources(List<String> typedWords, int limit) throws IOException {
    List<Ranked> ranked = new ArrayList<>();
    for (Map.Entry<String, Long> source : index.sources().entrySet()) {
      int rank = TypedWordsMatch.rank(source.getKey(), typedWords);
      if (rank >= 0) {
        ranked.add(new Ranked(source.getKey(), rank, source.getValue()));
      }
    }
    return ranked.stream().sorted(BEST_FIRST).limit(limit).map(Ranked::value).toList();
  }

  /** Glossary phrases, the most published first among equals (by their first two words in the texts). */
  List<String> phrases(List<String> typedWords, int limit) throws IOException {
    List<String> matching = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    for (String phrase : phrases) {
      int rank = TypedWordsMatch.rank(phrase, typedWords);
      if (rank >= 0) {
        matching.add(phrase);
        ranks.add(rank);
      }
    }
    long[] counts = index.count(matching.stream().map(SourceAndPhraseSuggestions::frequency).toList());
    List<Ranked> ranked = new ArrayList<>();
    for (int i = 0; i < matching.size(); i++) {
      ranked.add(new Ranked(matching.get(i), ranks.get(i), counts[i]));
    }
    return ranked.stream().sorted(BEST_FIRST).limit(limit).map(Ranked::value).toList();
  }

  /** The documents with the phrase's first word, or with its first two as a pair. */
  private static Query frequency(String phrase) {
    String[] words = VietnameseFolding.fold(LookupKey.of(phrase)).split(" ");
    if (words.length < 2) {
      return new TermQuery(new Term(IndexSchema.BODY_FOLDED, words[0]));
    }
    return new TermQuery(new Term(IndexSchema.BODY_BIGRAMS, words[0] + " " + words[1]));
  }
}
