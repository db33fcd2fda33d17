package vn.policykb.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;
import vn.policykb.ingest.pipeline.IngestReport;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.index.IndexSchema;
import vn.policykb.ingest.source.SourceFile;

/**
 * Ingest throughput: a JSONL data set read, enriched and indexed by this project, against raw
 * Lucene indexing of the same titles and texts (StandardAnalyzer, one field, no enrichment), each
 * into a fresh index on disk with the same number of indexing threads. One operation indexes the
 * whole sample; compare the times.
 *
 * <p>A third measure indexes only the three forms search needs of each title and text (as
 * written, folded, pairs of folded syllables), with this project's analyzers and no enrichment:
 * the least any ingest with this index's relevance can cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
public class IngestBenchmark extends IndexWritingBenchmark {

  /** A JSONL(.gz) file of articles; empty for the bundled corpus. */
  @Param("")
  public String corpus;

  @Param("5000")
  public int articles;

  /** Threads that analyse and write documents, in both benchmarks. */
  @Param({"1", "2"})
  public int threads;

  private List<String[]> texts;
  private byte[] jsonl;

  @Setup(Level.Trial)
  public void load() {
    texts = BenchmarkTexts.articles(corpus, articles);
    JsonMapper json = JsonMapper.builder().build();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      lines.append(json.writeValueAsString(java.util.Map.of(
          "id", "doc-" + i, "title", texts.get(i)[0], "text", texts.get(i)[1]))).append('\n');
    }
    jsonl = lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public int jsonlWithEnrichment() throws IOException {
    try (DocumentIndex index = DocumentIndex.open(work)) {
      IngestReport report = new Ingester(Pipeline.standard(index, KnowledgeBase.loadBundled()), threads).ingestFiles(List.of(new SourceFile("sample.jsonl", jsonl)));
      return report.added();
    }
  }

  @Benchmark
  public int rawLucene() throws Exception {
    return index(new StandardAnalyzer(), (i, doc) ->
        doc.add(new TextField("text", texts.get(i)[0] + "\n" + texts.get(i)[1], Field.Store.NO)));
  }

  @Benchmark
  public int indexedFormsOnly() throws Exception {
    return index(IndexSchema.analyzer(), (i, doc) -> {
      String title = texts.get(i)[0];
      String body = texts.get(i)[1];
      doc.add(new Field(IndexSchema.TITLE, title, POSITIONS));
      doc.add(new Field(IndexSchema.TITLE_FOLDED, title, POSITIONS));
      doc.add(new Field(IndexSchema.TITLE_BIGRAMS, title, FREQUENCIES));
      doc.add(new Field(IndexSchema.BODY, body, POSITIONS));
      doc.add(new Field(IndexSchema.BODY_FOLDED, body, POSITIONS));
      doc.add(new Field(IndexSchema.BODY_BIGRAMS, body, FREQUENCIES));
    });
  }

  private static final FieldType POSITIONS = fieldType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
  private static final FieldType FREQUENCIES = fieldType(IndexOptions.DOCS_AND_FREQS);

  private static FieldType fieldType(IndexOptions options) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(options);
    type.freeze();
    return type;
  }

  /** Indexes every text, each as a document with an id and the given fields, on the threads. */
  private int index(Analyzer analyzer, BiConsumer<Integer, Document> fields) throws Exception {
    try (FSDirectory dir = FSDirectory.open(work);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer));
        ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> slices = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int slice = t;
        slices.add(pool.submit(() -> {
          for (int i = slice; i < texts.size(); i += threads) {
            Document doc = new Document();
            doc.add(new StringField("id", "doc-" + i, Field.Store.YES));
            fields.accept(i, doc);
            writer.addDocument(doc);
          }
          return null;
        }));
      }
      for (Future<?> f : slices) {
        f.get();
      }
      writer.commit();
      return texts.size();
    }
  }
}
