package vn.policykb.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import vn.policykb.index.SearchableIndex;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.Translations;
import vn.policykb.index.Origin;

/** Runs searches on the index and shapes the results for readers. */
public final class DocumentSearcher implements ArticleSearch {

  private static final Sort NEWEST_FIRST = new Sort(
      new SortField(IndexSchema.DATE_DAYS, SortField.Type.LONG, true), SortField.FIELD_SCORE);

  /** Copies listed with one result, at most. */
  static final int MAX_PUBLICATIONS = Publications.MAX_PUBLICATIONS;
  private static final Set<String> PUBLICATION_FIELDS =
      Set.of(IndexSchema.ID, IndexSchema.SOURCE, IndexSchema.URL, IndexSchema.TITLE, IndexSchema.DATE);
  private static final Set<String> EXPORT_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.LANG,
      IndexSchema.DATE, IndexSchema.SOURCE, IndexSchema.URL, IndexSchema.RESOLUTIONS, IndexSchema.CITATIONS,
      IndexSchema.GROUP);

  /**
   * Clauses one query may hold: every word of a query is looked for in several fields and forms, so
   * a pasted paragraph (a query value is at most 2,000 characters: some 400 words) needs far more
   * than Lucene's default of 1,024. What such a query costs is bounded by the time limit instead.
   */
  static final int MAX_CLAUSES = 32_768;

  static {
    if (IndexSearcher.getMaxClauseCount() < MAX_CLAUSES) {
      IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
    }
  }

  /** How long one search may take before it answers with what it found so far. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  private final SearcherManager searchers;
  private final SearchableIndex index;
  private final Duration timeout;
  private final QueryBuilder queryBuilder;
  private final PersonKeys people;
  private final TelexQueries telex;

  public DocumentSearcher(SearchableIndex index, KnowledgeBase kb) {
    this(index, kb, DEFAULT_TIMEOUT);
  }

  /** @param timeout how long one search may take; past it the results are partial, and flagged */
  public DocumentSearcher(SearchableIndex index, KnowledgeBase kb, Duration timeout) {
    this.index = index;
    this.timeout = timeout;
    this.searchers = index.searchers();
    this.people = new PersonKeys(kb);
    this.telex = new TelexQueries(searchers);
    this.queryBuilder = new QueryBuilder(index.analyzer(), new QueryTranslator(kb.glossary()), people);
  }

  /**
   * One page of results, one per group of copies: the group's best-ranked matching document, with
   * the group's other documents as {@link SearchHit#alsoPublishedBy}. Exact copies never match (the
   * query leaves them out); near copies match and are folded into their group here.
   */
  public SearchResults search(SearchRequest request) throws IOException {
    DecodedQuery decoded = decoded(request);
    UserQuery userQuery = userQuery(request, decoded);
    boolean cross = request.crossLanguage();
    Query query = queryBuilder.build(userQuery, false, cross);
    Query matching = queryBuilder.matching(userQuery, false, cross);
    Query sameLanguage = cross ? queryBuilder.build(userQuery, false, false) : query;
    Sort order = queryBuilder.isBrowse(userQuery) || request.order() == SearchOrder.NEWEST ? NEWEST_FIRST : Sort.RELEVANCE;
    int offset = (request.page() - 1) * request.size();
    IndexSearcher pooled = searchers.acquire();
    try {
      IndexSearcher searcher = timed(pooled);
      List<ScoreDoc> top = GroupedTopDocs.page(searcher, query, order, offset, request.size());
      boolean relaxed = false;
      if (!queryBuilder.isBrowse(userQuery) && top.isEmpty() && matchesNothing(searcher, matching)) {
        Query anyWords = queryBuilder.build(userQuery, true, cross);
        if (!anyWords.equals(query)) {
          List<ScoreDoc> some = GroupedTopDocs.page(searcher, anyWords, order, offset, request.size());
          Query anyWordsMatching = queryBuilder.matching(userQuery, true, cross);
          if (!some.isEmpty() || !matchesNothing(searcher, anyWordsMatching)) {
            query = anyWords;
            matching = anyWordsMatching;
            sameLanguage = cross ? queryBuilder.build(userQuery, true, false) : anyWords;
            top = some;
            relaxed = true;
          }
        }
      }
      FacetCounter.Counts counts = FacetCounter.count(searcher, matching, people);
      long total = counts.articles();
      Facets facets = counts.facets();
      if (top.isEmpty()) {
        return new SearchResults(total, List.of(), relaxed, facets, searcher.timedOut(), counts.estimated(), decoded);
      }
      ScoreDoc[] page = top.toArray(ScoreDoc[]::new);
      String[] snippets = snippets(searcher, query, page);
      boolean[] crossLanguage = query == sameLanguage ? new boolean[page.length] : unmatched(searcher, sameLanguage, page);
      StoredFields stored = searcher.storedFields();
      List<SearchHit> hits = new ArrayList<>(page.length);
      for (int i = 0; i < page.length; i++) {
        Document doc = stored.document(page[i].doc);
        String translation = Translations.of(searcher, page[i].doc);
        hits.add(new SearchHit(
            doc.get(IndexSchema.ID), doc.get(IndexSchema.TITLE), doc.get(IndexSchema.LANG),
            doc.get(IndexSchema.DATE), doc.get(IndexSchema.SOURCE), doc.get(IndexSchema.URL),
            snippets[i], Float.isNaN(page[i].score) ? 0f : page[i].score,
            Publications.others(searcher, doc.get(IndexSchema.GROUP), page[i].doc),
            List.of(doc.getValues(IndexSchema.RESOLUTIONS)),
            IndexSchema.people(doc).stream().map(PersonRef::of).toList(),
            translation, publication(searcher, translation), crossLanguage[i], Origin.of(doc)));
      }
      return new SearchResults(total, hits, relaxed, facets, searcher.timedOut(), counts.estimated(), decoded);
    } finally {
      searchers.release(pooled);
    }
  }

  /**
   * A searcher of the same reader that stops collecting when the time is up: its own, since the
   * time limit is the search's, and the pooled searcher is shared by every request.
   */
  private IndexSearcher timed(IndexSearcher pooled) {
    IndexSearcher searcher = new IndexSearcher(pooled.getIndexReader());
    searcher.setSimilarity(pooled.getSimilarity());
    searcher.setQueryCache(pooled.getQueryCache());
    searcher.setQueryCachingPolicy(pooled.getQueryCachingPolicy());
    searcher.setTimeout(new QueryTimeoutImpl(timeout.toMillis()));
    return searcher;
  }

  /** The words a query typed in Telex keystrokes stands for, or null when it is searched as typed. */
  private DecodedQuery decoded(SearchRequest request) throws IOException {
    String words = request.readTelex() ? telex.decode(request.query()) : null;
    return words == null ? null : new DecodedQuery(words, request.query());
  }

  /** What was typed, or the words it stands for, with the filters given apart from it. */
  private static UserQuery userQuery(SearchRequest request, DecodedQuery decoded) {
    UserQuery typed = UserQuery.parse(decoded == null ? request.query() : decoded.query());
    List<QueryFilter> filters = new ArrayList<>(typed.filters());
    filters.addAll(request.filters());
    return new UserQuery(typed.clauses(), filters);
  }

  /**
   * Every article the search finds, in its order, up to {@code limit}, one per group of copies,
   * handed to {@code rows} as each is read: what an export streams. The request's page and size
   * are not used.
   */
  public void export(SearchRequest request, int limit, Consumer<ExportRow> rows) throws IOException {
    UserQuery userQuery = userQuery(request, decoded(request));
    boolean browse = queryBuilder.isBrowse(userQuery);
    Sort order = browse || request.order() == SearchOrder.NEWEST ? NEWEST_FIRST : Sort.RELEVANCE;
    IndexSearcher searcher = searchers.acquire();
    try {
      Query query = queryBuilder.build(userQuery);
      TopDocs top = searcher.search(query, limit, order, true);
      if (!browse && top.scoreDocs.length == 0) {
        top = searcher.search(queryBuilder.build(userQuery, true), limit, order, true);
      }
      StoredFields stored = searcher.storedFields();
      Set<String> groups = new HashSet<>();
      for (ScoreDoc hit : top.scoreDocs) {
        Document doc = stored.document(hit.doc, EXPORT_FIELDS);
        String group = doc.get(IndexSchema.GROUP);
        if (group != null && !groups.add(group)) {
          continue;
        }
        rows.accept(new ExportRow(doc.get(IndexSchema.ID), doc.get(IndexSchema.TITLE), doc.get(IndexSchema.LANG),
            doc.get(IndexSchema.DATE), doc.get(IndexSchema.SOURCE), doc.get(IndexSchema.URL),
            List.of(doc.getValues(IndexSchema.RESOLUTIONS)), List.of(doc.getValues(IndexSchema.CITATIONS))));
      }
    } finally {
      searchers.release(searcher);
    }
  }

  /** The source, address and title of a document, or null when it is not in the index. */
  private static Publication publication(IndexSearcher searcher, String id) throws IOException {
    if (id == null) {
      return null;
    }
    TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    Document d = searcher.storedFields().document(top.scoreDocs[0].doc, PUBLICATION_FIELDS);
    return new Publication(id, d.get(IndexSchema.SOURCE), d.get(IndexSchema.URL), d.get(IndexSchema.TITLE));
  }

  /** Which of the documents the query does not match: those found only through a translation. */
  private static boolean[] unmatched(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    boolean[] unmatched = new boolean[docs.length];
    for (int i = 0; i < docs.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
      int inLeaf = docs[i].doc - leaf.docBase;
      Scorer scorer = weight.scorer(leaf);
      unmatched[i] = scorer == null || scorer.iterator().advance(inLeaf) != inLeaf;
    }
    return unmatched;
  }

  /** Whether the query matches no document at all (a page past the last is empty too). */
  private static boolean matchesNothing(IndexSearcher searcher, Query query) throws IOException {
    return searcher.search(query, 1).scoreDocs.length == 0;
  }

  /** The ids of the best {@code k} documents for what a reader typed, without snippets. */
  public List<String> rankedIds(String typed, int k) throws IOException {
    return rankedIds(typed, k, true);
  }

  /** @param crossLanguage whether documents of the other language are found through translated terms */
  public List<String> rankedIds(String typed, int k, boolean crossLanguage) throws IOException {
    String decoded = telex.decode(typed);
    UserQuery userQuery = UserQuery.parse(decoded == null ? typed : decoded);
    if (queryBuilder.isBrowse(userQuery)) {
      return List.of();
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(queryBuilder.build(userQuery, false, crossLanguage), k);
      if (top.totalHits.value() == 0) {
        top = searcher.search(queryBuilder.build(userQuery, true, crossLanguage), k);
      }
      StoredFields stored = searcher.storedFields();
      List<String> ids = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc hit : top.scoreDocs) {
        ids.add(stored.document(hit.doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID));
      }
      return ids;
    } finally {
      searchers.release(searcher);
    }
  }

  private String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
    String[] snippets = new String[page.length];
    // the English forms are matched in English documents only: a Vietnamese text is not
    // analysed a third time to find none
    boolean[] english = new boolean[page.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int i = 0; i < page.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(page[i].doc, leaves));
      SortedDocValues lang = DocValues.getSorted(leaf.reader(), IndexSchema.LANG);
      english[i] = !lang.advanceExact(page[i].doc - leaf.docBase) || !"vi".equals(lang.lookupOrd(lang.ordValue()).utf8ToString());
    }
    highlight(searcher, query, page, english, true, Set.of(IndexSchema.BODY_FOLDED, IndexSchema.BODY_EN), snippets);
    highlight(searcher, query, page, english, false, Set.of(IndexSchema.BODY_FOLDED), snippets);
    for (int i = 0; i < snippets.length; i++) {
      if (snippets[i] == null) {
        snippets[i] = "";
      }
    }
    return snippets;
  }

  /** Highlights the documents of the page whose {@code english} flag is {@code which}, into {@code snippets}. */
  private void highlight(IndexSearcher searcher, Query query, ScoreDoc[] page, boolean[] english, boolean which,
      Set<String> masked, String[] snippets) throws IOException {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      if (english[i] == which) {
        positions.add(i);
      }
    }
    if (positions.isEmpty()) {
      return;
    }
    ScoreDoc[] docs = positions.stream().map(i -> page[i]).toArray(ScoreDoc[]::new);
    SnippetHighlighter highlighter = SnippetHighlighter.of(searcher, index.analyzer(), query, IndexSchema.BODY, masked, which);
    TopDocs pageDocs = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    String[] found = highlighter.snippets(pageDocs);
    for (int i = 0; i < found.length; i++) {
      snippets[positions.get(i)] = found[i];
    }
  }
}
