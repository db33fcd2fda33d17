package vn.policykb.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.policykb.index.IndexSchema;

/**
 * The query of one clause, a word or a quoted phrase, in every field of every {@link SearchedText}:
 * its exact form, its folded form (so {@code to lam} finds {@code Tô Lâm}, and a match of the marks
 * typed adds its own score), its stemmed form in English documents, and the other spellings
 * analysis stacks on it.
 *
 * <p>Without its exact forms it matches the same documents (a word written with its marks is in
 * the folded field too, at the same position) with a third fewer clauses: what counting the
 * matches needs.
 */
final class WordQueries {

  /**
   * Weight of a folded match for a syllable typed with diacritics: it still matches ({@code đường}
   * finds {@code Đương}), far below what was typed. A syllable typed without marks matches its
   * folded form at full weight: the reader gave no more than that.
   */
  static final float FOLDED_FALLBACK = 0.1f;

  private final QueryAnalysis analysis;
  private final boolean exactForms;

  /** @param exactForms whether a match of the form typed adds its own score; without, matches are the same */
  WordQueries(QueryAnalysis analysis, boolean exactForms) {
    this.analysis = analysis;
    this.exactForms = exactForms;
  }

  /** Any of the alternatives a reader joined with {@code OR}; null when none has a term. */
  Query anyOf(List<UserQuery.Clause> alternatives) {
    List<Query> queries = new ArrayList<>();
    for (UserQuery.Clause clause : alternatives) {
      Query q = clause(clause);
      if (q != null) {
        queries.add(q);
      }
    }
    if (queries.size() <= 1) {
      return queries.isEmpty() ? null : queries.getFirst();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    queries.forEach(q -> any.add(q, Occur.SHOULD));
    return any.build();
  }

  /** The clause in Vietnamese and in English documents; null when analysis leaves nothing of it. */
  Query clause(UserQuery.Clause clause) {
    Query vietnamese = vietnamese(clause);
    Query english = english(clause);
    if (vietnamese == null || english == null) {
      return vietnamese;
    }
    return new BooleanQuery.Builder().add(vietnamese, Occur.SHOULD).add(english, Occur.SHOULD).build();
  }

  /**
   * What {@code -word} removes: the word as typed. Typed with diacritics it removes only that
   * spelling ({@code con -dế} keeps {@code con dê}); typed without, every spelling that folds to it.
   */
  Query exclusion(UserQuery.Clause clause) {
    List<String> exact = analysis.tokens(IndexSchema.BODY, clause.text());
    List<String> folded = analysis.tokens(IndexSchema.BODY_FOLDED, clause.text());
    if (exact.isEmpty() || exact.size() != folded.size()) {
      return null;
    }
    boolean accented = !exact.equals(folded);
    BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
    for (SearchedText text : SearchedText.EXCLUDING) {
      anywhere.add(analysis.phrase(accented ? text.exact() : text.folded(), clause.text()), Occur.SHOULD);
    }
    return anywhere.build();
  }

  /** The stemmed match in English documents: {@code developing} finds {@code development}. */
  private Query english(UserQuery.Clause clause) {
    if (analysis.tokens(SearchedText.BODY.english(), clause.text()).isEmpty()) {
      return null;
    }
    // English text rarely carries diacritics: "Tô Lâm" typed with them matches "To Lam" there as
    // a folded match, below the documents that spell it as typed
    boolean accented = !analysis.tokens(IndexSchema.BODY, clause.text())
        .equals(analysis.tokens(IndexSchema.BODY_FOLDED, clause.text()));
    float boost = accented ? FOLDED_FALLBACK : 1f;
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    for (SearchedText text : SearchedText.ALL) {
      if (text.english() != null) {
        fields.add(new BoostQuery(analysis.phrase(text.english(), clause.text()), boost * text.weight()), Occur.SHOULD);
      }
    }
    return fields.build();
  }

  private Query vietnamese(UserQuery.Clause clause) {
    List<String> exact = analysis.tokens(IndexSchema.BODY, clause.text());
    List<String> folded = analysis.tokens(IndexSchema.BODY_FOLDED, clause.text());
    if (exact.isEmpty() || exact.size() != folded.size()) {
      return null;
    }
    Query written = written(clause, exact, folded);
    List<String> stackedExact = analysis.stacked(IndexSchema.BODY, clause.text());
    List<String> stackedFolded = analysis.stacked(IndexSchema.BODY_FOLDED, clause.text());
    if (stackedExact.isEmpty() || stackedExact.size() != stackedFolded.size()) {
      return written;
    }
    // another spelling of the same words (TP.HCM, TPHCM): either matches
    BooleanQuery.Builder either = new BooleanQuery.Builder().add(written, Occur.SHOULD);
    for (int i = 0; i < stackedExact.size(); i++) {
      either.add(new BoostQuery(term(stackedExact.get(i), stackedFolded.get(i)), exact.size()), Occur.SHOULD);
    }
    return either.build();
  }

  /** The clause as written, its terms being {@code exact} and {@code folded}. */
  private Query written(UserQuery.Clause clause, List<String> exact, List<String> folded) {
    if (exact.size() == 1) {
      return term(exact.getFirst(), folded.getFirst());
    }
    Query phrase = phrase(clause.text(), exact.equals(folded) ? 1f : FOLDED_FALLBACK);
    if (clause.phrase()) {
      return phrase;
    }
    // A word that analysis splits (57-NQ/TW, COVID-19) matches best as a whole and still
    // matches by its parts.
    BooleanQuery.Builder parts = new BooleanQuery.Builder();
    parts.add(new BoostQuery(phrase, exact.size()), Occur.SHOULD);
    for (int i = 0; i < exact.size(); i++) {
      parts.add(term(exact.get(i), folded.get(i)), Occur.SHOULD);
    }
    return parts.build();
  }

  /** One term in its exact and folded forms, in every text. */
  private Query term(String exact, String folded) {
    float foldedBoost = exact.equals(folded) ? 1f : FOLDED_FALLBACK;
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    for (SearchedText text : SearchedText.ALL) {
      if (exactForms) {
        fields.add(new BoostQuery(new TermQuery(new Term(text.exact(), exact)), text.weight()), Occur.SHOULD);
      }
      fields.add(new BoostQuery(new TermQuery(new Term(text.folded(), folded)), foldedBoost * text.weight()), Occur.SHOULD);
    }
    return fields.build();
  }

  /** Words of several terms as a phrase in their exact and folded forms, in every text. */
  private Query phrase(String words, float foldedBoost) {
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    for (SearchedText text : SearchedText.ALL) {
      if (exactForms) {
        fields.add(new BoostQuery(analysis.phrase(text.exact(), words), text.weight()), Occur.SHOULD);
      }
      fields.add(new BoostQuery(analysis.phrase(text.folded(), words), foldedBoost * text.weight()), Occur.SHOULD);
    }
    return fields.build();
  }
}
