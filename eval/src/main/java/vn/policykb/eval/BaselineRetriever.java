package vn.policykb.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Plain Lucene for comparison: syllable tokens of Lucene's {@link StandardTokenizer}, title and
 * text in one field, BM25 with k1 1.5 and b 0.75, every query word optional; either
 * {@link StandardAnalyzer} (lower case) or the syllables as written, without case or diacritic
 * normalization, which is the BM25 of the ViRE benchmark's protocol.
 */
public final class BaselineRetriever implements Retriever {

  /** How the baseline cuts text into terms. */
  public enum Tokens {
    /** {@link StandardAnalyzer}: syllables in lower case. */
    LOWER_CASE("Lucene StandardAnalyzer BM25"),
    /** Syllables exactly as written. */
    AS_WRITTEN("Lucene BM25, syllables as written");

    private final String label;

    Tokens(String label) {
      this.label = label;
    }
  }

  private static final String ID = "id";
  private static final String TEXT = "text";

  private final Directory directory;
  private final Tokens tokens;
  private final Analyzer analyzer;
  private final BM25Similarity similarity = new BM25Similarity(1.5f, 0.75f);
  private DirectoryReader reader;
  private IndexSearcher searcher;

  public BaselineRetriever(Path dir) throws IOException {
    this(dir, Tokens.LOWER_CASE);
  }

  public BaselineRetriever(Path dir, Tokens tokens) throws IOException {
    this.directory = FSDirectory.open(dir);
    this.tokens = tokens;
    this.analyzer = switch (tokens) {
      case LOWER_CASE -> new StandardAnalyzer();
      case AS_WRITTEN -> new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          return new TokenStreamComponents(new StandardTokenizer());
        }
      };
    };
  }

  @Override
  public String name() {
    return tokens.label;
  }

  @Override
  public void index(List<EvalDocument> documents) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(similarity)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (EvalDocument doc : documents) {
        Document d = new Document();
        d.add(new StringField(ID, doc.id(), Field.Store.YES));
        d.add(new TextField(TEXT, doc.title() + "\n" + doc.text(), Field.Store.NO));
        writer.addDocument(d);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(similarity);
  }

  @Override
  public List<String> search(String query, int k) throws IOException {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    int clauses = 0;
    for (String token : terms(query)) {
      if (clauses++ < IndexSearcher.getMaxClauseCount()) {
        builder.add(new TermQuery(new Term(TEXT, token)), Occur.SHOULD);
      }
    }
    StoredFields stored = searcher.storedFields();
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(builder.build(), k).scoreDocs) {
      ids.add(stored.document(hit.doc, Set.of(ID)).get(ID));
    }
    return ids;
  }

  private List<String> terms(String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      if (reader != null) {
        reader.close();
      }
    }
  }
}
