package vn.policykb.ingest.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.index.IndexSchema;

/** Runs searches on the index and shapes the results for readers. */
public final class DocumentSearcher {

  private static final int SNIPPET_PASSAGES = 2;
  private static final int SNIPPET_PASSAGE_LENGTH = 160;
  private static final Sort NEWEST_FIRST = new Sort(
      new SortField(IndexSchema.DATE_DAYS, SortField.Type.LONG, true), SortField.FIELD_SCORE);

  private final SearcherManager searchers;
  private final DocumentIndex index;
  private final QueryBuilder queryBuilder;

  public DocumentSearcher(DocumentIndex index) {
    this.index = index;
    this.searchers = index.searchers();
    this.queryBuilder = new QueryBuilder(index.analyzer());
  }

  public SearchResults search(SearchRequest request) throws IOException {
    UserQuery userQuery = UserQuery.parse(request.query());
    Query query = queryBuilder.build(userQuery);
    boolean browse = queryBuilder.isBrowse(userQuery);
    int depth = request.page() * request.size();
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top;
      boolean relaxed = false;
      if (browse) {
        top = searcher.search(query, depth, NEWEST_FIRST, true);
      } else {
        top = searcher.search(query, depth);
        Query anyWords = queryBuilder.build(userQuery, true);
        if (top.totalHits.value() == 0 && !anyWords.equals(query)) {
          TopDocs some = searcher.search(anyWords, depth);
          if (some.totalHits.value() > 0) {
            query = anyWords;
            top = some;
            relaxed = true;
          }
        }
      }
      int from = Math.min((request.page() - 1) * request.size(), top.scoreDocs.length);
      ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
      String[] snippets = snippets(searcher, query, page);
      StoredFields stored = searcher.storedFields();
      List<SearchHit> hits = new ArrayList<>(page.length);
      for (int i = 0; i < page.length; i++) {
        Document doc = stored.document(page[i].doc);
        hits.add(new SearchHit(
            doc.get(IndexSchema.ID), doc.get(IndexSchema.TITLE), doc.get(IndexSchema.LANG),
            doc.get(IndexSchema.DATE), doc.get(IndexSchema.SOURCE), doc.get(IndexSchema.URL),
            snippets[i], Float.isNaN(page[i].score) ? 0f : page[i].score));
      }
      return new SearchResults(top.totalHits.value(), hits, relaxed);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The ids of the best {@code k} documents for what a reader typed, without snippets. */
  public List<String> rankedIds(String typed, int k) throws IOException {
    UserQuery userQuery = UserQuery.parse(typed);
    if (queryBuilder.isBrowse(userQuery)) {
      return List.of();
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(queryBuilder.build(userQuery), k);
      if (top.totalHits.value() == 0) {
        top = searcher.search(queryBuilder.build(userQuery, true), k);
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
    if (page.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
        .withMaskedFieldsFunc(field -> IndexSchema.BODY.equals(field)
            ? Set.of(IndexSchema.BODY_FOLDED, IndexSchema.BODY_EN) : Set.of())
        .withFormatter(new SnippetFormatter())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_PASSAGE_LENGTH, 0.5f))
        .withMaxNoHighlightPassages(1)
        .build();
    TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    String[] snippets = highlighter.highlight(IndexSchema.BODY, query, pageDocs, SNIPPET_PASSAGES);
    for (int i = 0; i < snippets.length; i++) {
      if (snippets[i] == null) {
        snippets[i] = "";
      }
    }
    return snippets;
  }
}
