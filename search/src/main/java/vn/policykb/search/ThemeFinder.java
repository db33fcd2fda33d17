package vn.policykb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import vn.policykb.analysis.VietnameseFolding;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.SearchableIndex;
import vn.policykb.kb.KnowledgeBase;

/**
 * Finds the {@link ResultThemes} of a search: over a sample of its best matches, the people and
 * resolutions (from doc values) and the two-word terms (from the stored text, as written) that the
 * sample has more often than the archive, scored by {@link SignificanceScore#jlh}. A term is two
 * adjacent words since most Vietnamese words are two syllables; its frequency in the archive is
 * that of its folded pair in {@code body.bigrams}.
 */
public final class ThemeFinder implements ThemeSource {

  /** Best matches looked at: enough to tell, few enough to read their text quickly. */
  static final int SAMPLE = 100;
  /** Values listed of each kind, at most. */
  static final int LIMIT = 8;
  /** Articles of the sample a term must be in, at least: once is chance. */
  private static final int MIN_ARTICLES = 3;
  private static final java.util.Set<String> FIELDS = java.util.Set.of(IndexSchema.TITLE, IndexSchema.BODY,
      IndexSchema.GROUP);

  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final QueryBuilder queryBuilder;
  private final PersonKeys people;

  public ThemeFinder(SearchableIndex index, KnowledgeBase kb) {
    this.searchers = index.searchers();
    this.analyzer = index.analyzer();
    this.people = new PersonKeys(kb);
    this.queryBuilder = new QueryBuilder(index.analyzer(), new QueryTranslator(kb.glossary()), people);
  }

  /** The themes of the articles a search finds; none for a search without words. */
  public ResultThemes of(SearchRequest request) throws IOException {
    UserQuery typed = UserQuery.parse(request.query());
    List<QueryFilter> filters = new ArrayList<>(typed.filters());
    filters.addAll(request.filters());
    UserQuery query = new UserQuery(typed.clauses(), filters);
    if (queryBuilder.isBrowse(query)) {
      return ResultThemes.NONE;
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      Query lucene = queryBuilder.build(query, false, request.crossLanguage());
      ScoreDoc[] top = searcher.search(lucene, SAMPLE).scoreDocs;
      if (top.length == 0) {
        top = searcher.search(queryBuilder.build(query, true, request.crossLanguage()), SAMPLE).scoreDocs;
      }
      if (top.length == 0) {
        return ResultThemes.NONE;
      }
      IndexReader reader = searcher.getIndexReader();
      Set<String> queryWords = foldedWords(request.query());
      Map<String, Integer> personCounts = new HashMap<>();
      Map<String, Integer> resolutionCounts = new HashMap<>();
      Map<String, TermCount> termCounts = new HashMap<>();
      StoredFields stored = searcher.storedFields();
      Set<String> groups = new HashSet<>();
      int sample = 0;
      for (ScoreDoc hit : top) {
        Document doc = stored.document(hit.doc, FIELDS);
        String group = doc.get(IndexSchema.GROUP);
        if (group != null && !groups.add(group)) {
          continue; // a copy tells nothing its original did not
        }
        sample++;
        values(reader, hit.doc, IndexSchema.PEOPLE).forEach(p -> personCounts.merge(p, 1, Integer::sum));
        values(reader, hit.doc, IndexSchema.RESOLUTIONS).forEach(r -> resolutionCounts.merge(r, 1, Integer::sum));
        for (Map.Entry<String, String> pair : pairs(doc.get(IndexSchema.TITLE) + "\n" + doc.get(IndexSchema.BODY)).entrySet()) {
          termCounts.computeIfAbsent(pair.getKey(), k -> new TermCount()).add(pair.getValue());
        }
      }
      long size = reader.numDocs();
      int sampled = sample;
      List<SignificantTerm> persons = personCounts.entrySet().stream()
          .map(e -> score(e.getKey(), people.label(e.getKey()), e.getValue(), sampled,
              docFreq(reader, IndexSchema.PEOPLE, e.getKey()), size))
          .filter(t -> t.score() > 0).sorted(MOST_TELLING).limit(LIMIT).toList();
      List<SignificantTerm> resolutions = resolutionCounts.entrySet().stream()
          .filter(e -> !filters.contains(new QueryFilter.Resolution(e.getKey())))
          .map(e -> score(e.getKey(), e.getKey() + "-NQ/TW", e.getValue(), sampled,
              docFreq(reader, IndexSchema.RESOLUTIONS, e.getKey()), size))
          .filter(t -> t.score() > 0).sorted(MOST_TELLING).limit(LIMIT).toList();
      List<SignificantTerm> terms = new ArrayList<>();
      for (Map.Entry<String, TermCount> e : termCounts.entrySet()) {
        if (e.getValue().articles < Math.max(MIN_ARTICLES, sample / 20) || queryWords.containsAll(List.of(e.getKey().split(" ")))) {
          continue;
        }
        String written = e.getValue().mostWritten();
        SignificantTerm term = score(written, written, e.getValue().articles, sample,
            docFreq(reader, IndexSchema.BODY_BIGRAMS, e.getKey()), size);
        if (term.score() > 0) {
          terms.add(term);
        }
      }
      terms.sort(MOST_TELLING);
      return new ResultThemes(sample, persons, resolutions, terms.subList(0, Math.min(LIMIT, terms.size())));
    } finally {
      searchers.release(searcher);
    }
  }

  private static final Comparator<SignificantTerm> MOST_TELLING =
      Comparator.comparingDouble(SignificantTerm::score).reversed().thenComparing(SignificantTerm::value);

  private static SignificantTerm score(String value, String label, long inSample, long sample, long inArchive,
      long archive) {
    double score = SignificanceScore.jlh(inSample, sample, inArchive, archive);
    return new SignificantTerm(value, label, inSample, inArchive, Math.round(score * 10_000) / 10_000.0);
  }

  private static long docFreq(IndexReader reader, String field, String value) {
    try {
      return reader.docFreq(new Term(field, value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The values of a multi-valued doc values field of a document. */
  private static List<String> values(IndexReader reader, int doc, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedSetDocValues values = leaf.reader().getSortedSetDocValues(field);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      return List.of();
    }
    List<String> result = new ArrayList<>(values.docValueCount());
    for (int i = 0; i < values.docValueCount(); i++) {
      result.add(values.lookupOrd(values.nextOrd()).utf8ToString());
    }
    return result;
  }

  /** The two-word terms of a text, once each: folded pair → the pair as written (lower case). */
  private Map<String, String> pairs(String text) {
    Map<String, String> pairs = new HashMap<>();
    try (TokenStream tokens = analyzer.tokenStream(IndexSchema.BODY, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      String previous = null;
      while (tokens.incrementToken()) {
        String word = term.toString();
        if (increment.getPositionIncrement() == 0) {
          continue; // another form of the same word
        }
        boolean usable = word.length() > 1 && word.chars().allMatch(Character::isLetter);
        if (previous != null && usable) {
          pairs.putIfAbsent(VietnameseFolding.fold(previous) + " " + VietnameseFolding.fold(word), previous + " " + word);
        }
        previous = usable ? word : null;
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pairs;
  }

  private Set<String> foldedWords(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(VietnameseFolding.fold(word));
      }
    }
    return words;
  }

  /** How many articles of the sample have a term, and how each writes it. */
  private static final class TermCount {
    int articles;
    final Map<String, Integer> written = new HashMap<>();

    void add(String form) {
      articles++;
      written.merge(form, 1, Integer::sum);
    }

    String mostWritten() {
      return written.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .orElseThrow().getKey();
    }
  }
}
