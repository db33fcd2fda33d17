package vn.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.BytesRef;
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

  private final SearcherManager searchers;
  private final List<String> phrases;

  SourceAndPhraseSuggestions(SearcherManager searchers, KnowledgeBase knowledgeBase) {
    this.searchers = searchers;
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
    IndexSearcher searcher = searchers.acquire();
    try {
      Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), IndexSchema.SOURCE);
      if (terms == null) {
        return List.of();
      }
      List<Ranked> ranked = new ArrayList<>();
      TermsEnum each = terms.iterator();
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        String source = term.utf8ToString();
        int rank = TypedWordsMatch.rank(source, typedWords);
        if (rank >= 0) {
          ranked.add(new Ranked(source, rank, each.docFreq()));
        }
      }
      return ranked.stream().sorted(BEST_FIRST).limit(limit).map(Ranked::value).toList();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Glossary phrases, the most published first among equals (by their first two words in the texts). */
  List<String> phrases(List<String> typedWords, int limit) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      IndexReader reader = searcher.getIndexReader();
      List<Ranked> ranked = new ArrayList<>();
      for (String phrase : phrases) {
        int rank = TypedWordsMatch.rank(phrase, typedWords);
        if (rank >= 0) {
          ranked.add(new Ranked(phrase, rank, frequency(reader, phrase)));
        }
      }
      return ranked.stream().sorted(BEST_FIRST).limit(limit).map(Ranked::value).toList();
    } finally {
      searchers.release(searcher);
    }
  }

  private static long frequency(IndexReader reader, String phrase) throws IOException {
    String[] words = VietnameseFolding.fold(LookupKey.of(phrase)).split(" ");
    if (words.length < 2) {
      return reader.docFreq(new Term(IndexSchema.BODY_FOLDED, words[0]));
    }
    return reader.docFreq(new Term(IndexSchema.BODY_BIGRAMS, words[0] + " " + words[1]));
  }
}
