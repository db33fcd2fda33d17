package vn.policykb.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/** The query as typed: its words, legal references and syllable pairs, over documents of any language. */
final class SameLanguageQuery {

  private final WordQueries wordQueries;
  private final LegalReferenceQueries references;
  private final SyllablePairQuery pairs;
  private final QueryRestrictions restrictions;

  SameLanguageQuery(WordQueries wordQueries, LegalReferenceQueries references, SyllablePairQuery pairs,
      QueryRestrictions restrictions) {
    this.wordQueries = wordQueries;
    this.references = references;
    this.pairs = pairs;
    this.restrictions = restrictions;
  }

  /** Whether the reader ended the query with a question mark. */
  private static boolean asksQuestion(UserQuery query) {
    List<UserQuery.Clause> clauses = query.included();
    return !clauses.isEmpty() && clauses.getLast().text().strip().endsWith("?");
  }

  /** @param anyWords rank by how much of the query a document matches, whatever its length */
  Query build(UserQuery query, QueryWords words, boolean anyWords) {
    LegalReferenceQueries.References refs = references.find(words);
    List<Query> included = new ArrayList<>(refs.units());
    List<Query> asked = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (refs.words().get(i)) {
        continue;
      }
      Query q = wordQueries.anyOf(words.group(i));
      if (q != null) {
        (words.isQuestion(i) ? asked : included).add(q);
      }
    }
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    if (included.isEmpty() && asked.isEmpty()) {
      top.add(new MatchAllDocsQuery(), Occur.MUST);
    } else if (included.isEmpty()) {
      // nothing but question words: they are all there is to match
      top.add(RequiredWords.of(asked, anyWords), Occur.MUST);
    } else {
      // a question is answered in other words than it asks in: a passage need not have them all
      boolean question = !asked.isEmpty() || asksQuestion(query);
      boolean any = anyWords || question || included.size() > RequiredWords.ALL_WORDS_MAX;
      Query required = RequiredWords.of(included, any);
      Query bigrams = pairs.of(words, refs.words());
      if (any && asked.isEmpty() && bigrams != null) {
        // one disjunction of the words and their pairs, the same match (a pair's words match too)
        // and the same score: Lucene flattens it, and its top documents are then found without
        // scoring every document that has a common word (block-max WAND), which a required
        // disjunction beside optional pairs prevents
        top.add(new BooleanQuery.Builder().add(required, Occur.SHOULD).add(bigrams, Occur.SHOULD).build(), Occur.MUST);
      } else {
        top.add(required, Occur.MUST);
        RequiredWords.addAsked(top, asked);
        if (bigrams != null) {
          top.add(bigrams, Occur.SHOULD);
        }
      }
      restrictions.addTo(top, query);
      return top.build();
    }
    Query bigrams = pairs.of(words, refs.words());
    if (bigrams != null) {
      top.add(bigrams, Occur.SHOULD);
    }
    restrictions.addTo(top, query);
    return top.build();
  }
}
