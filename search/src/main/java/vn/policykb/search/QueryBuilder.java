package vn.policykb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.analysis.legal.LegalReference;
import vn.policykb.analysis.legal.LegalReferences;
import vn.policykb.index.IndexSchema;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.kb.Words;

/**
 * Turns a {@link UserQuery} into a Lucene query over the exact and folded fields.
 *
 * <p>Every word matches its folded form, so {@code to lam} finds {@code Tô Lâm}; a match of the
 * exact form adds its own score, so the diacritics the reader typed rank first. Short queries need
 * every word; long ones rank by how much of them a document matches.
 */
public final class QueryBuilder {

  /** Up to this many words, every word must match. */
  static final int ALL_WORDS_MAX = 4;
  static final float EXACT_BOOST = 1.0f;
  static final float TITLE_BOOST = 2.0f;
  /**
   * Weight of a folded match for a syllable typed with diacritics: it still matches ({@code đường}
   * finds {@code Đương}), far below what was typed. A syllable typed without marks matches its
   * folded form at full weight: the reader gave no more than that.
   */
  static final float FOLDED_FALLBACK = 0.1f;
  /** A question word still counts a little: a passage may answer in the same words. */
  static final float QUESTION_WORD_BOOST = 0.1f;
  static final float BIGRAM_BOOST = 0.75f;
  /** A document citing the very document the reader named is what they look for. */
  static final float REFERENCE_BOOST = 3.0f;
  /** A caption describes a photo: a match there says less about the article than one in the body. */
  static final float CAPTION_BOOST = 0.5f;

  /**
   * Weight of a match through translated glossary terms: below a match of the words as typed of
   * the same strength, so a document in the reader's language ranks first.
   */
  static final float CROSS_LANGUAGE_BOOST = 0.8f;

  private final Analyzer analyzer;
  private final QueryTranslator translator;
  private final PersonKeys people;

  public QueryBuilder(Analyzer analyzer, KnowledgeBase kb) {
    this(analyzer, new QueryTranslator(kb.glossary()), new PersonKeys(kb));
  }

  public QueryBuilder(Analyzer analyzer, QueryTranslator translator, PersonKeys people) {
    this.analyzer = analyzer;
    this.translator = translator;
    this.people = people;
  }

  /** Whether the query has nothing to match on: the caller browses instead. */
  public boolean isBrowse(UserQuery query) {
    return query.included().stream().allMatch(c -> tokens(IndexSchema.BODY, c.text()).isEmpty());
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
    Query same = sameLanguage(query, anyWords);
    Query cross = crossLanguage ? crossLanguage(query) : null;
    if (cross == null) {
      return same;
    }
    return new DisjunctionMaxQuery(List.of(same, new BoostQuery(cross, CROSS_LANGUAGE_BOOST)), 0f);
  }

  /**
   * The query with its glossary terms in the other language ({@code private sector development}:
   * {@code "phát triển kinh tế tư nhân"}), the other words as typed (names and numbers are written
   * alike in both), over documents of that language; null when the query has no glossary term.
   * It is never relaxed to some of its words: a translation is a guess, and part of a guess says
   * too little.
   */
  private Query crossLanguage(UserQuery query) {
    List<List<UserQuery.Clause>> groups = joinAbbreviations(query.alternatives());
    List<String> keys = new ArrayList<>(groups.size());
    for (List<UserQuery.Clause> group : groups) {
      keys.add(termWord(group));
    }
    QueryTranslator.Translated translated = translator.translate(keys);
    Map<Integer, QueryTranslator.Translation> byStart = new HashMap<>();
    translated.translations().forEach(t -> byStart.put(t.start(), t));
    String lang = translated.lang();
    for (int i = 0; i < groups.size(); i++) {
      List<UserQuery.Clause> group = groups.get(i);
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
    boolean[] question = QuestionWords.mark(groups.stream().map(this::plainSyllable).toList());
    List<Query> required = new ArrayList<>();
    List<Query> asked = new ArrayList<>();
    int words = 0;
    for (int i = 0; i < groups.size(); ) {
      QueryTranslator.Translation translation = byStart.get(i);
      if (translation != null) {
        int typed = 0;
        for (int j = translation.start(); j < translation.end(); j++) {
          typed += tokens(IndexSchema.BODY_FOLDED, groups.get(j).getFirst().text()).size();
        }
        Query q = translatedTerm(translation.terms(), typed);
        if (q != null) {
          required.add(q);
        }
        // a translated term is one part of the translated query, however many words it took
        words++;
        i = translation.end();
        continue;
      }
      Query q = anyOf(groups.get(i));
      if (q != null) {
        (question[i] ? asked : required).add(q);
        words += question[i] ? 0 : 1;
      }
      i++;
    }
    if (required.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder top = new BooleanQuery.Builder()
        .add(words(required, words > ALL_WORDS_MAX), Occur.MUST);
    for (Query q : asked) {
      top.add(new BoostQuery(q, QUESTION_WORD_BOOST), Occur.SHOULD);
    }
    top.add(new TermQuery(new Term(IndexSchema.LANG, lang)), Occur.FILTER);
    restrict(top, query);
    return top.build();
  }

  /** The folded word of a group that may be part of a glossary term: one plain word, else null. */
  private static String termWord(List<UserQuery.Clause> group) {
    if (!isPlainWord(group)) {
      return null;
    }
    List<Words.Word> words = Words.of(group.getFirst().text());
    return words.size() == 1 ? words.getFirst().key() : null;
  }

  /**
   * Any translation of a term, as a phrase. A phrase scores by the sum of its words, so one of
   * more words than were typed is weighed down to what the typed words would weigh.
   */
  private Query translatedTerm(List<String> terms, int typedWords) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int count = 0;
    for (String term : terms) {
      int length = tokens(IndexSchema.BODY_FOLDED, term).size();
      Query q = length == 0 ? null : clause(new UserQuery.Clause(term, true, false, false));
      if (q != null) {
        float weight = Math.min(1f, (float) Math.max(1, typedWords) / length);
        any.add(new BoostQuery(q, weight), Occur.SHOULD);
        count++;
      }
    }
    return count == 0 ? null : any.build();
  }

  private Query sameLanguage(UserQuery query, boolean anyWords) {
    List<Query> included = new ArrayList<>();
    List<List<UserQuery.Clause>> groups = joinAbbreviations(query.alternatives());
    // words that spell a legal reference ("Nghị quyết số 57", "57/NQ-TW") match as one unit: any
    // spelling of the same document, or the words themselves
    int[] starts = new int[groups.size()];
    int[] ends = new int[groups.size()];
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < groups.size(); i++) {
      if (i > 0) {
        joined.append(' ');
      }
      starts[i] = joined.length();
      joined.append(groups.get(i).size() == 1 ? TextNormalization.nfc(groups.get(i).getFirst().text()) : "\u0000");
      ends[i] = joined.length();
    }
    List<LegalReference> refs = LegalReferences.find(joined.toString());
    boolean[] inReference = new boolean[groups.size()];
    for (LegalReference ref : refs) {
      BooleanQuery.Builder words = new BooleanQuery.Builder();
      int count = 0;
      for (int i = 0; i < groups.size(); i++) {
        if (!inReference[i] && starts[i] < ref.end() && ends[i] > ref.start()) {
          inReference[i] = true;
          Query q = anyOf(groups.get(i));
          if (q != null) {
            words.add(q, Occur.MUST);
            count++;
          }
        }
      }
      BooleanQuery.Builder unit = new BooleanQuery.Builder();
      for (String key : ref.keys()) {
        unit.add(new BoostQuery(new TermQuery(new Term(IndexSchema.REFS, key)), REFERENCE_BOOST), Occur.SHOULD);
      }
      if (count > 0) {
        unit.add(words.build(), Occur.SHOULD);
      }
      included.add(unit.build());
    }
    boolean[] question = QuestionWords.mark(groups.stream().map(this::plainSyllable).toList());
    List<Query> asked = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      if (inReference[i]) {
        continue;
      }
      Query q = anyOf(groups.get(i));
      if (q != null) {
        (question[i] ? asked : included).add(q);
      }
    }
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    if (included.isEmpty() && asked.isEmpty()) {
      top.add(new MatchAllDocsQuery(), Occur.MUST);
    } else if (included.isEmpty()) {
      // nothing but question words: they are all there is to match
      top.add(words(asked, anyWords), Occur.MUST);
    } else {
      top.add(words(included, anyWords || included.size() > ALL_WORDS_MAX), Occur.MUST);
      for (Query q : asked) {
        top.add(new BoostQuery(q, QUESTION_WORD_BOOST), Occur.SHOULD);
      }
    }
    Query bigrams = bigrams(groups, question);
    if (bigrams != null) {
      top.add(bigrams, Occur.SHOULD);
    }
    restrict(top, query);
    return top.build();
  }

  /** Exclusions and filters, and no exact copies. */
  private void restrict(BooleanQuery.Builder top, UserQuery query) {
    for (UserQuery.Clause clause : query.excluded()) {
      Query q = exclusion(clause);
      if (q != null) {
        top.add(q, Occur.MUST_NOT);
      }
    }
    // a copy of an article at another address is shown with it, not as a result of its own
    top.add(new TermQuery(new Term(IndexSchema.DUPLICATE, "true")), Occur.MUST_NOT);
    for (Query filter : FilterQueries.of(query.filters(), people)) {
      top.add(filter, Occur.FILTER);
    }
  }

  /**
   * Every word, or as many as match: a document needs at least one, even beside a filter (where
   * Lucene would make optional clauses match nothing at all).
   */
  private static Query words(List<Query> words, boolean any) {
    if (words.size() == 1) {
      return words.getFirst();
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    words.forEach(q -> builder.add(q, any ? Occur.SHOULD : Occur.MUST));
    return builder.build();
  }

  /**
   * What {@code -word} removes: the word as typed. Typed with diacritics it removes only that
   * spelling ({@code con -dế} keeps {@code con dê}); typed without, every spelling that folds to it.
   */
  private Query exclusion(UserQuery.Clause clause) {
    List<String> exact = tokens(IndexSchema.BODY, clause.text());
    List<String> folded = tokens(IndexSchema.BODY_FOLDED, clause.text());
    if (exact.isEmpty() || exact.size() != folded.size()) {
      return null;
    }
    boolean accented = !exact.equals(folded);
    String body = accented ? IndexSchema.BODY : IndexSchema.BODY_FOLDED;
    String title = accented ? IndexSchema.TITLE : IndexSchema.TITLE_FOLDED;
    List<String> terms = accented ? exact : folded;
    Query inBody = terms.size() == 1 ? new TermQuery(new Term(body, terms.getFirst())) : phraseQuery(body, terms);
    Query inTitle = terms.size() == 1 ? new TermQuery(new Term(title, terms.getFirst())) : phraseQuery(title, terms);
    return new BooleanQuery.Builder().add(inBody, Occur.SHOULD).add(inTitle, Occur.SHOULD).build();
  }

  private Query anyOf(List<UserQuery.Clause> alternatives) {
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

  /**
   * Adjacent syllables of the query, kept together in a document, add to its score; pairs are
   * not made across a question word ({@code tác dụng gì đối với}: no {@code dụng đối}).
   */
  private Query bigrams(List<List<UserQuery.Clause>> groups, boolean[] question) {
    if (groups.stream().anyMatch(g -> g.size() > 1)) {
      return null;
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    int count = 0;
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= groups.size(); i++) {
      if (i == groups.size() || question[i]) {
        for (String pair : tokens(IndexSchema.BODY_BIGRAMS, run.toString())) {
          builder.add(new BoostQuery(new TermQuery(new Term(IndexSchema.BODY_BIGRAMS, pair)), BIGRAM_BOOST), Occur.SHOULD);
          builder.add(new BoostQuery(new TermQuery(new Term(IndexSchema.TITLE_BIGRAMS, pair)), BIGRAM_BOOST * TITLE_BOOST), Occur.SHOULD);
          count++;
        }
        run.setLength(0);
      } else {
        run.append(groups.get(i).getFirst().text()).append(' ');
      }
    }
    return count == 0 ? null : builder.build();
  }

  /**
   * Two words typed apart that analysis reads as one abbreviation ({@code TP. HCM}) become one
   * clause, so that they match its other spellings ({@code TPHCM}) too.
   */
  private List<List<UserQuery.Clause>> joinAbbreviations(List<List<UserQuery.Clause>> groups) {
    List<List<UserQuery.Clause>> joined = new ArrayList<>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      List<UserQuery.Clause> group = groups.get(i);
      if (i + 1 < groups.size() && isPlainWord(group) && isPlainWord(groups.get(i + 1))) {
        String pair = group.getFirst().text() + " " + groups.get(i + 1).getFirst().text();
        if (!stacked(IndexSchema.BODY, pair).isEmpty() && stacked(IndexSchema.BODY, group.getFirst().text()).isEmpty()) {
          joined.add(List.of(new UserQuery.Clause(pair, false, false)));
          i++;
          continue;
        }
      }
      joined.add(group);
    }
    return joined;
  }

  private static boolean isPlainWord(List<UserQuery.Clause> group) {
    return group.size() == 1 && !group.getFirst().phrase() && !group.getFirst().orWithPrevious();
  }

  /** The word's exact form where the group is one plain word of one syllable, else null. */
  private String plainSyllable(List<UserQuery.Clause> group) {
    if (group.size() != 1 || group.getFirst().phrase()) {
      return null;
    }
    List<String> exact = tokens(IndexSchema.BODY, group.getFirst().text());
    return exact.size() == 1 ? exact.getFirst() : null;
  }

  private Query clause(UserQuery.Clause clause) {
    Query vietnamese = vietnameseClause(clause);
    Query english = englishClause(clause);
    if (vietnamese == null || english == null) {
      return vietnamese;
    }
    return new BooleanQuery.Builder().add(vietnamese, Occur.SHOULD).add(english, Occur.SHOULD).build();
  }

  /** The stemmed match in English documents: {@code developing} finds {@code development}. */
  private Query englishClause(UserQuery.Clause clause) {
    PhraseQuery body = positionedPhrase(IndexSchema.BODY_EN, clause.text());
    if (body.getTerms().length == 0) {
      return null;
    }
    PhraseQuery title = positionedPhrase(IndexSchema.TITLE_EN, clause.text());
    // English text rarely carries diacritics: "Tô Lâm" typed with them matches "To Lam" there as
    // a folded match, below the documents that spell it as typed
    List<String> exact = tokens(IndexSchema.BODY, clause.text());
    float boost = exact.equals(tokens(IndexSchema.BODY_FOLDED, clause.text())) ? 1f : FOLDED_FALLBACK;
    return new BooleanQuery.Builder()
        .add(new BoostQuery(body, boost), Occur.SHOULD)
        .add(new BoostQuery(title, boost * TITLE_BOOST), Occur.SHOULD)
        .build();
  }

  private Query vietnameseClause(UserQuery.Clause clause) {
    List<String> exact = tokens(IndexSchema.BODY, clause.text());
    List<String> folded = tokens(IndexSchema.BODY_FOLDED, clause.text());
    if (exact.isEmpty() || exact.size() != folded.size()) {
      return null;
    }
    Query written = writtenForms(clause, exact, folded);
    List<String> stackedExact = stacked(IndexSchema.BODY, clause.text());
    List<String> stackedFolded = stacked(IndexSchema.BODY_FOLDED, clause.text());
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

  private Query writtenForms(UserQuery.Clause clause, List<String> exact, List<String> folded) {
    if (exact.size() == 1) {
      return term(exact.getFirst(), folded.getFirst());
    }
    Query phrase = phrase(exact, folded);
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

  private static Query term(String exact, String folded) {
    float foldedBoost = exact.equals(folded) ? 1f : FOLDED_FALLBACK;
    return new BooleanQuery.Builder()
        .add(new BoostQuery(new TermQuery(new Term(IndexSchema.BODY, exact)), EXACT_BOOST), Occur.SHOULD)
        .add(new BoostQuery(new TermQuery(new Term(IndexSchema.BODY_FOLDED, folded)), foldedBoost), Occur.SHOULD)
        .add(new BoostQuery(new TermQuery(new Term(IndexSchema.TITLE, exact)), EXACT_BOOST * TITLE_BOOST), Occur.SHOULD)
        .add(new BoostQuery(new TermQuery(new Term(IndexSchema.TITLE_FOLDED, folded)), foldedBoost * TITLE_BOOST), Occur.SHOULD)
        .add(new BoostQuery(new TermQuery(new Term(IndexSchema.CAPTIONS, exact)), EXACT_BOOST * CAPTION_BOOST), Occur.SHOULD)
        .add(new BoostQuery(new TermQuery(new Term(IndexSchema.CAPTIONS_FOLDED, folded)), foldedBoost * CAPTION_BOOST), Occur.SHOULD)
        .build();
  }

  private static Query phrase(List<String> exact, List<String> folded) {
    float foldedBoost = exact.equals(folded) ? 1f : FOLDED_FALLBACK;
    return new BooleanQuery.Builder()
        .add(new BoostQuery(phraseQuery(IndexSchema.BODY, exact), EXACT_BOOST), Occur.SHOULD)
        .add(new BoostQuery(phraseQuery(IndexSchema.BODY_FOLDED, folded), foldedBoost), Occur.SHOULD)
        .add(new BoostQuery(phraseQuery(IndexSchema.TITLE, exact), EXACT_BOOST * TITLE_BOOST), Occur.SHOULD)
        .add(new BoostQuery(phraseQuery(IndexSchema.TITLE_FOLDED, folded), foldedBoost * TITLE_BOOST), Occur.SHOULD)
        .add(new BoostQuery(phraseQuery(IndexSchema.CAPTIONS, exact), EXACT_BOOST * CAPTION_BOOST), Occur.SHOULD)
        .add(new BoostQuery(phraseQuery(IndexSchema.CAPTIONS_FOLDED, folded), foldedBoost * CAPTION_BOOST), Occur.SHOULD)
        .build();
  }

  /**
   * The text's terms at their analysed positions, so that a removed stopword leaves its gap:
   * {@code Ministry of Finance} matches the text, not {@code Ministry Finance}. One term makes a
   * phrase query that Lucene rewrites to a term query.
   */
  private PhraseQuery positionedPhrase(String field, String text) {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        if (term.length() > 0) {
          phrase.add(new Term(field, term.toString()), position);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return phrase.build();
  }

  private static Query phraseQuery(String field, List<String> terms) {
    return new PhraseQuery(field, terms.toArray(String[]::new));
  }

  /** The text's terms along the text as written: a form stacked on another is left out. */
  List<String> tokens(String field, String text) {
    return terms(field, text, false);
  }

  /** The forms analysis stacks on the text's terms ({@code TPHCM} over {@code TP.HCM}). */
  List<String> stacked(String field, String text) {
    return terms(field, text, true);
  }

  private List<String> terms(String field, String text, boolean stacked) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      boolean first = true;
      while (stream.incrementToken()) {
        boolean isStacked = !first && increment.getPositionIncrement() == 0;
        first = false;
        if (term.length() > 0 && isStacked == stacked) {
          tokens.add(term.toString());
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return tokens;
  }
}
