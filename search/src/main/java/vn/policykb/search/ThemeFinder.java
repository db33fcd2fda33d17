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
import org.apache.lucene.search.Query;
import vn.policykb.analysis.VietnameseFolding;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.LuceneStoredMatches;
import vn.policykb.index.StoredMatches;
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
      IndexSchema.GROUP, IndexSchema.PEOPLE, IndexSchema.RESOLUTIONS);

  private final StoredMatches matches;
  private final Analyzer analyzer;
  private final QueryBuilder queryBuilder;
  private final PersonKeys people;

  public ThemeFinder(SearchableIndex index, KnowledgeBase kb) {
    this(new LuceneStoredMatches(index.searchers()), index.analyzer(), kb);
  }

  /** Themes of the documents these matches read, whichever index answers them. */
  public ThemeFinder(StoredMatches matches, Analyzer analyzer, KnowledgeBase kb) {
    this.matches = matches;
    this.analyzer = analyzer;
    this.people = new PersonKeys(kb);
    this.queryBuilder = new QueryBuilder(analyzer, new QueryTranslator(kb.glossary()), people);
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
    Query lucene = queryBuilder.build(query, false, request.crossLanguage());
    List<Document> top = matches.best(lucene, SAMPLE, FIELDS);
    if (top.isEmpty()) {
      top = matches.best(queryBuilder.build(query, true, request.crossLanguage()), SAMPLE, FIELDS);
    }
    if (top.isEmpty()) {
      return ResultThemes.NONE;
    }
    Set<String> queryWords = foldedWords(request.query());
    Map<String, Integer> personCounts = new HashMap<>();
    Map<String, Integer> resolutionCounts = new HashMap<>();
    Map<String, TermCount> termCounts = new HashMap<>();
    Set<String> groups = new HashSet<>();
    int sample = 0;
    for (Document doc : top) {
      String group = doc.get(IndexSchema.GROUP);
      if (group != null && !groups.add(group)) {
        continue; // a copy tells nothing its original did not
      }
      sample++;
      new LinkedHashSet<>(List.of(doc.getValues(IndexSchema.PEOPLE))).forEach(p -> personCounts.merge(p, 1, Integer::sum));
      new LinkedHashSet<>(List.of(doc.getValues(IndexSchema.RESOLUTIONS))).forEach(r -> resolutionCounts.merge(r, 1, Integer::sum));
      for (Map.Entry<String, String> pair : pairs(doc.get(IndexSchema.TITLE) + "\n" + doc.get(IndexSchema.BODY)).entrySet()) {
        termCounts.computeIfAbsent(pair.getKey(), k -> new TermCount()).add(pair.getValue());
      }
    }
    long size = matches.count();
    int sampled = sample;
    List<SignificantTerm> persons = personCounts.entrySet().stream()
        .map(e -> score(e.getKey(), people.label(e.getKey()), e.getValue(), sampled,
            docFreq(IndexSchema.PEOPLE, e.getKey()), size))
        .filter(t -> t.score() > 0).sorted(MOST_TELLING).limit(LIMIT).toList();
    List<SignificantTerm> resolutions = resolutionCounts.entrySet().stream()
        .filter(e -> !filters.contains(new QueryFilter.Resolution(e.getKey())))
        .map(e -> score(e.getKey(), e.getKey() + "-NQ/TW", e.getValue(), sampled,
            docFreq(IndexSchema.RESOLUTIONS, e.getKey()), size))
        .filter(t -> t.score() > 0).sorted(MOST_TELLING).limit(LIMIT).toList();
    List<SignificantTerm> terms = new ArrayList<>();
    for (Map.Entry<String, TermCount> e : termCounts.entrySet()) {
      if (e.getValue().articles < Math.max(MIN_ARTICLES, sample / 20) || queryWords.containsAll(List.of(e.getKey().split(" ")))) {
        continue;
      }
      String written = e.getValue().mostWritten();
      SignificantTerm term = score(written, written, e.getValue().articles, sample,
          docFreq(IndexSchema.BODY_BIGRAMS, e.getKey()), size);
      if (term.score() > 0) {
        terms.add(term);
      }
    }
    terms.sort(MOST_TELLING);
    return new ResultThemes(sample, persons, resolutions, terms.subList(0, Math.min(LIMIT, terms.size())));
  }

  private static final Comparator<SignificantTerm> MOST_TELLING =
      Comparator.comparingDouble(SignificantTerm::score).reversed().thenComparing(SignificantTerm::value);

  private static SignificantTerm score(String value, String label, long inSample, long sample, long inArchive,
      long archive) {
    double score = SignificanceScore.jlh(inSample, sample, inArchive, archive);
    return new SignificantTerm(value, label, inSample, inArchive, Math.round(score * 10_000) / 10_000.0);
  }

  private long docFreq(String field, String value) {
    try {
      return matches.docFreq(field, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
