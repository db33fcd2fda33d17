package vn.policykb.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;

/** {@link StoredMatches} of the embedded index. */
public final class LuceneStoredMatches implements StoredMatches {

  private static final Sort NEWEST_FIRST = new Sort(new SortField(IndexSchema.DATE_DAYS, SortField.Type.LONG, true));

  /** A searcher to read with, and what to do with it after. */
  private interface Searchers {
    IndexSearcher acquire() throws IOException;

    void release(IndexSearcher searcher) throws IOException;
  }

  private final Searchers searchers;

  private LuceneStoredMatches(Searchers searchers) {
    this.searchers = searchers;
  }

  /** Each read on the latest searcher of the manager. */
  public LuceneStoredMatches(SearcherManager manager) {
    this(new Searchers() {
      @Override
      public IndexSearcher acquire() throws IOException {
        return manager.acquire();
      }

      @Override
      public void release(IndexSearcher searcher) throws IOException {
        manager.release(searcher);
      }
    });
  }

  /** Every read on this searcher, held by the caller. */
  public static LuceneStoredMatches over(IndexSearcher searcher) {
    return new LuceneStoredMatches(new Searchers() {
      @Override
      public IndexSearcher acquire() {
        return searcher;
      }

      @Override
      public void release(IndexSearcher released) {}
    });
  }

  @Override
  public List<Document> best(Query query, int max, Set<String> fields) throws IOException {
    return read(query, max, null, fields);
  }

  @Override
  public List<Document> newest(Query query, int max, Set<String> fields) throws IOException {
    return read(query, max, NEWEST_FIRST, fields);
  }

  @Override
  public long docFreq(String field, String value) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().docFreq(new Term(field, value));
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public long count() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public Map<String, String> translations() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Map<String, String> links = new HashMap<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        BinaryDocValues values = leaf.reader().getBinaryDocValues(IndexSchema.TRANSLATION);
        if (values == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        StoredFields ids = leaf.reader().storedFields();
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
          if (values.binaryValue().length > 0 && (live == null || live.get(doc))) {
            links.put(ids.document(doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID), values.binaryValue().utf8ToString());
          }
        }
      }
      return links;
    } finally {
      searchers.release(searcher);
    }
  }

  /** The values of a multi-valued doc values field of a document. */
  private static List<String> sortedSetValues(IndexReader reader, int doc, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedSetDocValues values = leaf.reader().getSortedSetDocValues(field);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      return List.of();
    }
    List<String> result = new ArrayList<>(values.docValueCount());
    for (int i = 0; i < values.docValueCount(); i++) {
      result.add(values.lookupOrd(values.nextOrd()).utf8ToString());
    }
    return result;
  }

  private List<Document> read(Query query, int max, Sort sort, Set<String> fields) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = sort == null ? searcher.search(query, max) : searcher.search(query, max, sort);
      StoredFields stored = searcher.storedFields();
      boolean translation = fields.contains(IndexSchema.TRANSLATION);
      boolean people = fields.contains(IndexSchema.PEOPLE);
      List<Document> docs = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc hit : top.scoreDocs) {
        Document doc = stored.document(hit.doc, fields);
        if (translation) {
          // a doc value, not a stored field: set in place when stories are linked
          String id = Translations.of(searcher, hit.doc);
          if (id != null) {
            doc.add(new StoredField(IndexSchema.TRANSLATION, id));
          }
        }
        if (people) {
          for (String person : sortedSetValues(searcher.getIndexReader(), hit.doc, IndexSchema.PEOPLE)) {
            doc.add(new StoredField(IndexSchema.PEOPLE, person));
          }
        }
        docs.add(doc);
      }
      return docs;
    } finally {
      searchers.release(searcher);
    }
  }
}
