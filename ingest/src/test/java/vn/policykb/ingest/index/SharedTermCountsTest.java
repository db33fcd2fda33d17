package vn.policykb.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class SharedTermCountsTest {

  @Test
  void ranksDocumentsAsADisjunctionOfConstantScoreTermsDoes() throws Exception {
    Random random = new Random(57);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()).setMaxBufferedDocs(50))) {
      // several segments, some documents deleted, bands shared by a few documents or by many
      for (int i = 0; i < 600; i++) {
        Document doc = new Document();
        doc.add(new StringField("id", "d" + i, Field.Store.NO));
        for (int b = 0; b < 8; b++) {
          doc.add(new StringField("band", "b" + random.nextInt(b < 2 ? 4 : 200), Field.Store.NO));
        }
        writer.addDocument(doc);
        if (i % 7 == 3) {
          writer.deleteDocuments(new Term("id", "d" + (i - 2)));
        }
      }
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        assertThat(reader.hasDeletions()).isTrue();
        IndexSearcher searcher = new IndexSearcher(reader);
        for (int trial = 0; trial < 50; trial++) {
          List<String> bands = new ArrayList<>();
          for (int b = 0; b < 8; b++) {
            bands.add("b" + random.nextInt(b < 2 ? 4 : 260));
          }
          bands.add(bands.get(3)); // a band listed twice counts twice
          int max = 1 + random.nextInt(40);

          ScoreDoc[] counted = SharedTermCounts.top(reader, "band", bands, max);
          ScoreDoc[] searched = searcher.search(disjunction(bands), max).scoreDocs;

          assertThat(docsAndScores(counted)).isEqualTo(docsAndScores(searched));
        }
      }
    }
  }

  @Test
  void aFieldOrTermsNoDocumentHasFindNothing() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField("band", "b1", Field.Store.NO));
      writer.addDocument(doc);
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(SharedTermCounts.top(reader, "band", List.of("b2"), 10)).isEmpty();
        assertThat(SharedTermCounts.top(reader, "other", List.of("b1"), 10)).isEmpty();
        assertThat(SharedTermCounts.top(reader, "band", List.of("b1", "b1"), 10))
            .singleElement().satisfies(hit -> assertThat(hit.score).isEqualTo(2f));
      }
    }
  }

  private static BooleanQuery disjunction(List<String> bands) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String band : bands) {
      any.add(new ConstantScoreQuery(new TermQuery(new Term("band", band))), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  private static List<String> docsAndScores(ScoreDoc[] hits) {
    List<String> all = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      all.add(hit.doc + ":" + hit.score);
    }
    return all;
  }
}
