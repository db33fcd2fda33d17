package vn.policykb.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import vn.policykb.index.IndexSchema;
import vn.policykb.kb.KnowledgeBase;

/**
 * Turns a {@link UserQuery} into a Lucene query: the words as typed ({@link SameLanguageQuery}),
 * and the better of that and their translation ({@link CrossLanguageQuery}).
 *
 * <p>Every word matches its folded form, so {@code to lam} finds {@code Tô Lâm}; a match of the
 * exact form adds its own score, so the diacritics the reader typed rank first. Short queries need
 * every word; long ones rank by how much of them a document matches.
 */
public final class QueryBuilder {

  /**
   * Weight of a match through translated glossary terms: below a match of the words as typed of
   * the same strength, so a document in the reader's language ranks first.
   */
  static final float CROSS_LANGUAGE_BOOST = 0.8f;

  private final QueryAnalysis analysis;
  private final Forms ranked;
  private final Forms matched;

  public QueryBuilder(Analyzer analyzer, KnowledgeBase kb) {
    this(analyzer, new QueryTranslator(kb.glossary()), new PersonKeys(kb));
  }

  public QueryBuilder(Analyzer analyzer, QueryTranslator translator, PersonKeys people) {
    this.analysis = new QueryAnalysis(analyzer);
    this.ranked = Forms.of(new WordQueries(analysis, true), analysis, translator, people);
    this.matched = Forms.of(new WordQueries(analysis, false), analysis, translator, people);
  }

  /** The queries of one set of word forms. */
  private record Forms(SameLanguageQuery sameLanguage, CrossLanguageQuery crossLanguage) {

    static Forms of(WordQueries words, QueryAnalysis analysis, QueryTranslator translator, PersonKeys people) {
      QueryRestrictions restrictions = new QueryRestrictions(words, people);
      return new Forms(
          new SameLanguageQuery(words, new LegalReferenceQueries(words), new SyllablePairQuery(analysis), restrictions),
          new CrossLanguageQuery(translator, analysis, words, restrictions));
    }
  }

  /** Whether the query has nothing to match on: the caller browses instead. */
  public boolean isBrowse(UserQuery query) {
    return query.included().stream().allMatch(c -> analysis.tokens(IndexSchema.BODY, c.text()).isEmpty());
  }

  public Query build(UserQuery query) {
    return build(query, false);
  }

  public Query build(UserQuery query, boolean anyWords) {
    return build(query, anyWords, true);
  }

  /**
   * @param anyWords rank by how much of the query a document matches, whatever its length: what
   *     a short query falls back to when no document has every word
   * @param crossLanguage also match documents of the other language through the glossary terms
   *     of the query, translated; a document scores the better of its two matches
   */
  public Query build(UserQuery query, boolean anyWords, boolean crossLanguage) {
    return build(query, anyWords, crossLanguage, ranked);
  }

  /**
   * The documents {@link #build(UserQuery, boolean, boolean)} matches, scored without the exact
   * forms: what counting the matches needs, a third fewer clauses (counting the matches of a
   * headline took 13 instead of 22 ms on 150,000 articles).
   */
  public Query matching(UserQuery query, boolean anyWords, boolean crossLanguage) {
    return build(query, anyWords, crossLanguage, matched);
  }

  private Query build(UserQuery query, boolean anyWords, boolean crossLanguage, Forms forms) {
    QueryWords words = QueryWords.of(query, analysis);
    Query same = forms.sameLanguage().build(query, words, anyWords);
    Query cross = crossLanguage ? forms.crossLanguage().build(query, words) : null;
    if (cross == null) {
      return same;
    }
    return new DisjunctionMaxQuery(List.of(same, new BoostQuery(cross, CROSS_LANGUAGE_BOOST)), 0f);
  }
}
