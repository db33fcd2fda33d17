package vn.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import vn.policykb.index.IndexSchema;

/** The embedded index as suggestions read it: its terms dictionary, stored bodies and counts. */
public final class LuceneSuggestionIndex implements SuggestionIndex {

  private final SearcherManager searchers;
  private final IndexMatchCounts counts;

  public LuceneSuggestionIndex(SearcherManager searchers) {
    this.searchers = searchers;
    this.counts = new IndexMatchCounts(searchers);
  }

  @Override
  public long[] count(List<Query> queries) throws IOException {
    return counts.count(queries);
  }

  /** The reader's cache key: the same until the index is refreshed. */
  @Override
  public Object version() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      IndexReader reader = searcher.getIndexReader();
      return reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void bodyTerms(TermVisitor visitor) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), IndexSchema.BODY);
      if (terms == null) {
        return;
      }
      TermsEnum each = terms.iterator();
      for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
        // longer than any syllable: not read into a string
        if (bytes.length <= IndexForms.MAX_TERM_LENGTH * 3) {
          visitor.term(bytes.utf8ToString(), each.totalTermFreq());
        }
      }
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public List<String> bodiesWith(String term, int max) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      List<String> bodies = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : searcher.search(new TermQuery(new Term(IndexSchema.BODY, term)), max).scoreDocs) {
        String body = stored.document(hit.doc, Set.of(IndexSchema.BODY)).get(IndexSchema.BODY);
        if (body != null) {
          bodies.add(body);
        }
      }
      return bodies;
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public Map<String, Long> sources() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Map<String, Long> sources = new HashMap<>();
      Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), IndexSchema.SOURCE);
      if (terms != null) {
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
          sources.put(term.utf8ToString(), (long) each.docFreq());
        }
      }
      return sources;
    } finally {
      searchers.release(searcher);
    }
  }
}
