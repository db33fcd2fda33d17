package vn.policykb.ingest.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.LuceneStoredMatches;
import vn.policykb.index.SearchableIndex;
import vn.policykb.index.StoredMatches;

/** The embedded Lucene index under a data directory: its one writer, and near-real-time searchers over it. */
public final class LuceneIndexStore implements IndexStore, SearchableIndex {

  private final Path directory;
  private final FSDirectory luceneDirectory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final StoredMatches matches;

  private LuceneIndexStore(Path directory, FSDirectory luceneDirectory, IndexWriter writer, Analyzer analyzer)
      throws IOException {
    this.directory = directory;
    this.luceneDirectory = luceneDirectory;
    this.writer = writer;
    this.analyzer = analyzer;
    this.searchers = new SearcherManager(writer, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(IndexSchema.similarity());
        return searcher;
      }
    });
    this.matches = new LuceneStoredMatches(searchers);
  }

  /** Opens (or creates) the index in {@code dataDir/index}. */
  public static LuceneIndexStore open(Path dataDir) throws IOException {
    Path directory = dataDir.resolve("index");
    Files.createDirectories(directory);
    FSDirectory luceneDirectory = FSDirectory.open(directory);
    Analyzer analyzer = IndexSchema.analyzer();
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setSimilarity(IndexSchema.similarity())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    try {
      IndexWriter writer = new IndexWriter(luceneDirectory, config);
      return new LuceneIndexStore(directory, luceneDirectory, writer, analyzer);
    } catch (LockObtainFailedException e) {
      luceneDirectory.close();
      throw new IndexLockedException(directory, e);
    } catch (IOException | RuntimeException e) {
      luceneDirectory.close();
      throw e;
    }
  }

  public Path directory() {
    return directory;
  }

  @Override
  public String location() {
    return directory.toString();
  }

  @Override
  public Analyzer analyzer() {
    return analyzer;
  }

  @Override
  public SearcherManager searchers() {
    return searchers;
  }

  @Override
  public StoredMatches matches() {
    return matches;
  }

  /**
   * Read alone, since deciding each write looks one up and the body is large.
   */
  @Override
  public String storedValue(String id, String field) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      return top.scoreDocs.length == 0 ? null
          : searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(field)).get(field);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public List<String> originalsWithText(String textHash) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Query query = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexSchema.TEXT_HASH, textHash)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(IndexSchema.DUPLICATE, "true")), BooleanClause.Occur.MUST_NOT)
          .build();
      TopDocs top = searcher.search(query, 2);
      StoredFields fields = searcher.storedFields();
      List<String> ids = new ArrayList<>(top.scoreDocs.length);
      for (var hit : top.scoreDocs) {
        ids.add(fields.document(hit.doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID));
      }
      return ids;
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public List<Candidate> nearCandidates(List<String> bands, int max) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      // the number of bands shared ranks them: the likeliest copies first
      ScoreDoc[] top = SharedTermCounts.top(searcher.getIndexReader(), IndexSchema.NEAR_BANDS, bands, max);
      return IndexedCandidates.read(searcher, top);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void write(String id, Document document) throws IOException {
    writer.updateDocument(new Term(IndexSchema.ID, id), document);
  }

  /** In place: doc values are updated, the document is not rewritten. */
  @Override
  public void setTranslation(String id, String translation) throws IOException {
    writer.updateBinaryDocValue(new Term(IndexSchema.ID, id), IndexSchema.TRANSLATION, new BytesRef(translation));
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  @Override
  public void forEachDocument(DocumentConsumer each) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        LeafReader reader = leaf.reader();
        Bits live = reader.getLiveDocs();
        StoredFields stored = reader.storedFields();
        BinaryDocValues signatures = reader.getBinaryDocValues(IndexSchema.NEAR_SIGNATURE);
        BinaryDocValues translations = reader.getBinaryDocValues(IndexSchema.TRANSLATION);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document document = stored.document(doc);
          if (signatures != null && signatures.advanceExact(doc)) {
            document.add(new StoredField(IndexSchema.NEAR_SIGNATURE, BytesRef.deepCopyOf(signatures.binaryValue())));
          }
          if (translations != null && translations.advanceExact(doc) && translations.binaryValue().length > 0) {
            document.add(new StoredField(IndexSchema.TRANSLATION, translations.binaryValue().utf8ToString()));
          }
          each.accept(document);
        }
      }
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public int count() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    try (luceneDirectory; writer; searchers) {
      writer.commit();
    }
  }
}
