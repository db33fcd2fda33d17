package vn.policykb.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.policykb.index.IndexSchema;

/**
 * The query with its glossary terms in the other language ({@code private sector development}:
 * {@code "phát triển kinh tế tư nhân"}), the other words as typed (names and numbers are written
 * alike in both), over documents of that language. It is never relaxed to some of its words: a
 * translation is a guess, and part of a guess says too little.
 */
final class CrossLanguageQuery {

  private final QueryTranslator translator;
  private final QueryAnalysis analysis;
  private final WordQueries wordQueries;
  private final QueryRestrictions restrictions;
  private final LegalReferenceQueries references;

  CrossLanguageQuery(QueryTranslator translator, QueryAnalysis analysis, WordQueries wordQueries,
      QueryRestrictions restrictions) {
    this.references = new LegalReferenceQueries(wordQueries);
    this.translator = translator;
    this.analysis = analysis;
    this.wordQueries = wordQueries;
    this.restrictions = restrictions;
  }

  /** Null when the query has no glossary term. */
  Query build(UserQuery query, QueryWords words) {
    // a legal reference is spelled alike in both languages' indexes (its keys): it is not translated
    LegalReferenceQueries.References refs = references.find(words);
    List<String> keys = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      keys.add(refs.words().get(i) ? null : words.termWord(i));
    }
    QueryTranslator.Translated translated = translator.translate(keys);
    Map<Integer, QueryTranslator.Translation> byStart = new HashMap<>();
    translated.translations().forEach(t -> byStart.put(t.start(), t));
    String lang = translated.lang();
    for (int i = 0; i < words.size(); i++) {
      List<UserQuery.Clause> group = words.group(i);
      if (group.size() == 1 && group.getFirst().phrase()) {
        // a quoted term translates whole
        QueryTranslator.Translated phrase = translator.translatePhrase(group.getFirst().text());
        if (phrase.lang() != null && (lang == null || lang.equals(phrase.lang()))) {
          lang = phrase.lang();
          List<String> terms = phrase.translations().getFirst().terms();
          byStart.put(i, new QueryTranslator.Translation(i, i + 1, terms));
        }
      }
    }
    if (byStart.isEmpty()) {
      return null;
    }
    List<Query> required = new ArrayList<>(refs.units());
    List<Query> asked = new ArrayList<>();
    int parts = refs.units().size();
    for (int i = 0; i < words.size(); ) {
      if (refs.words().get(i)) {
        i++;
        continue;
      }
      QueryTranslator.Translation translation = byStart.get(i);
      if (translation != null) {
        int typed = 0;
        for (int j = translation.start(); j < translation.end(); j++) {
          typed += analysis.tokens(IndexSchema.BODY_FOLDED, words.group(j).getFirst().text()).size();
        }
        Query q = translatedTerm(translation.terms(), typed);
        if (q != null) {
          required.add(q);
        }
        // a translated term is one part of the translated query, however many words it took
        parts++;
        i = translation.end();
        continue;
      }
      Query q = wordQueries.anyOf(words.group(i));
      if (q != null) {
        (words.isQuestion(i) ? asked : required).add(q);
        parts += words.isQuestion(i) ? 0 : 1;
      }
      i++;
    }
    if (required.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder top = new BooleanQuery.Builder()
        .add(RequiredWords.of(required, parts > RequiredWords.ALL_WORDS_MAX), Occur.MUST);
    RequiredWords.addAsked(top, asked);
    top.add(new TermQuery(new Term(IndexSchema.LANG, lang)), Occur.FILTER);
    restrictions.addTo(top, query);
    return top.build();
  }

  /**
   * Any translation of a term, as a phrase. A phrase scores by the sum of its words, so one of
   * more words than were typed is weighed down to what the typed words would weigh.
   */
  private Query translatedTerm(List<String> terms, int typedWords) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int count = 0;
    for (String term : terms) {
      int length = analysis.tokens(IndexSchema.BODY_FOLDED, term).size();
      Query q = length == 0 ? null : wordQueries.clause(new UserQuery.Clause(term, true, false, false));
      if (q != null) {
        float weight = Math.min(1f, (float) Math.max(1, typedWords) / length);
        any.add(new BoostQuery(q, weight), Occur.SHOULD);
        count++;
      }
    }
    return count == 0 ? null : any.build();
  }
}
