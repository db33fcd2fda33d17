package vn.policykb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.policykb.index.SearchableIndex;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.LuceneStoredMatches;
import vn.policykb.index.StoredMatches;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.kb.LookupKey;
import vn.policykb.index.Quote;

/**
 * Finds quotes. The index finds the articles whose quotes could match (quote words in
 * {@code quote.text}, folded as the search folds them; speakers in {@code quote.speaker}); each of
 * their stored quotes is then checked on its own, so that a quote is found only when its own words
 * and speaker match, not those of another quote of its article.
 */
public final class QuoteSearcher implements QuoteSearch {

  /** Articles read for one search, at most: as deep as search results may go. */
  private static final int MAX_ARTICLES = SearchRequest.MAX_DEPTH;
  private static final Set<String> FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.LANG,
      IndexSchema.DATE, IndexSchema.SOURCE, IndexSchema.URL, IndexSchema.GROUP, IndexSchema.QUOTES_JSON, IndexSchema.BODY);

  private final StoredMatches matches;
  private final Analyzer analyzer;
  private final KnowledgeBase knowledgeBase;
  private final PersonKeys people;

  public QuoteSearcher(SearchableIndex index, KnowledgeBase knowledgeBase) {
    this(new LuceneStoredMatches(index.searchers()), index.analyzer(), knowledgeBase);
  }

  /** Quotes of the documents these matches read, whichever index answers them. */
  public QuoteSearcher(StoredMatches matches, Analyzer analyzer, KnowledgeBase knowledgeBase) {
    this.matches = matches;
    this.analyzer = analyzer;
    this.people = new PersonKeys(knowledgeBase);
    this.knowledgeBase = knowledgeBase;
  }

  /** One page of the quotes found, newest article first, in the order of their text within it. */
  public QuoteResults search(QuoteQuery query) throws IOException {
    List<QuoteHit> all = matches(query);
    int from = (int) Math.min((long) (query.page() - 1) * query.size(), all.size());
    int to = Math.min(from + query.size(), all.size());
    return new QuoteResults(all.size(), all.subList(from, to));
  }

  /**
   * The quotes most worth showing first: direct quotes before reported statements, registry people
   * before others, then the newest.
   */
  public List<QuoteHit> top(QuoteQuery query, int n) throws IOException {
    List<QuoteHit> all = new ArrayList<>(matches(query));
    // a stable sort keeps the newest-first order within each kind of quote
    all.sort(Comparator.comparing((QuoteHit q) -> !q.direct()).thenComparing(q -> q.speaker().personId() == null));
    return List.copyOf(all.subList(0, Math.min(n, all.size())));
  }

  /** How the index writes the speaker a reader typed: a registry id when the registry knows the name. */
  String speakerKey(String typed) {
    return knowledgeBase.person(typed).map(p -> p.id()).orElseGet(() -> IndexSchema.personKey(null, typed));
  }

  private List<QuoteHit> matches(QuoteQuery query) throws IOException {
    Set<String> words = folded(query.text());
    String speaker = query.speaker().isEmpty() ? null : speakerKey(query.speaker());
    BooleanQuery.Builder articles = new BooleanQuery.Builder()
        .add(new FieldExistsQuery(IndexSchema.QUOTE_TEXT), Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.DUPLICATE, "true")), Occur.MUST_NOT);
    words.forEach(w -> articles.add(new TermQuery(new Term(IndexSchema.QUOTE_TEXT, w)), Occur.FILTER));
    if (speaker != null) {
      articles.add(new TermQuery(new Term(IndexSchema.QUOTE_SPEAKER, speaker)), Occur.FILTER);
    }
    FilterQueries.of(query.filters(), people).forEach(f -> articles.add(f, Occur.FILTER));
    List<QuoteHit> hits = new ArrayList<>();
    // near copies of an article repeat its quotes: each quote is shown once per group
    Set<String> seen = new HashSet<>();
    for (Document doc : matches.newest(articles.build(), MAX_ARTICLES, FIELDS)) {
      String group = doc.get(IndexSchema.GROUP);
      for (Quote quote : IndexSchema.quotes(doc)) {
        if (speaker != null && !speaker.equals(IndexSchema.personKey(quote.speakerId(), quote.speaker()))) {
          continue;
        }
        if (!words.isEmpty() && !folded(quote.text()).containsAll(words)) {
          continue;
        }
        if (group != null && !seen.add(group + "\u0000" + LookupKey.of(quote.text()))) {
          continue;
        }
        hits.add(hitOf(quote, doc));
      }
    }
    return hits;
  }

  private static QuoteHit hitOf(Quote quote, Document doc) {
    String title = doc.get(IndexSchema.TITLE);
    String source = doc.get(IndexSchema.SOURCE);
    String date = doc.get(IndexSchema.DATE);
    String url = doc.get(IndexSchema.URL);
    return new QuoteHit(quote.text(), quote.kind().label(),
        new QuoteHit.Speaker(quote.speaker(), quote.speakerId(), quote.role()), doc.get(IndexSchema.ID), title,
        doc.get(IndexSchema.LANG), date, source, url, quote.paragraph(), quote.start(), quote.end(),
        sentenceOf(quote, doc.get(IndexSchema.BODY)), QuoteCitation.of(quote.speaker(), quote.kind(), title, source, date, url));
  }

  /** The quote's sentence cut from the stored body, or null where the body does not hold it. */
  private static QuoteHit.Sentence sentenceOf(Quote quote, String body) {
    Quote.Sentence sentence = quote.sentence();
    if (body == null || sentence.end() > body.length()) {
      return null;
    }
    return new QuoteHit.Sentence(body.substring(sentence.start(), sentence.end()), sentence.start(), sentence.end());
  }

  /** The words of a text as {@code quote.text} indexes them: folded, lower case. */
  private Set<String> folded(String text) {
    Set<String> words = new LinkedHashSet<>();
    if (text.isBlank()) {
      return words;
    }
    try (TokenStream tokens = analyzer.tokenStream(IndexSchema.QUOTE_TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
