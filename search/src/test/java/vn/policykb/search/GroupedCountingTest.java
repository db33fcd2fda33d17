package vn.policykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.policykb.index.IndexSchema;
import vn.policykb.kb.KnowledgeBase;

/**
 * A page of groups read from the top documents is the page a grouping of every match gives, and
 * counts estimated from a sample are flagged and near the counts.
 */
class GroupedCountingTest {

  private static final int DOCUMENTS = 6_000;
  private static Directory directory;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;
  private static final PersonKeys PEOPLE = new PersonKeys(KnowledgeBase.loadBundled());

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    Random random = new Random(42);
    String[] words = {"kinh", "tế", "tư", "nhân", "chuyển", "đổi", "số", "hội", "nhập", "pháp", "luật"};
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()).setMaxBufferedDocs(700))) {
      for (int i = 0; i < DOCUMENTS; i++) {
        Document doc = new Document();
        StringBuilder text = new StringBuilder();
        for (int w = 0, n = 3 + random.nextInt(30); w < n; w++) {
          text.append(words[(int) Math.min(words.length - 1, Math.abs(random.nextGaussian()) * 3)]).append(' ');
        }
        doc.add(new TextField(IndexSchema.BODY, text.toString(), Field.Store.NO));
        // about one article in ten is published three times: its copies share a group
        String group = i % 10 == 0 ? "g" + (i / 30) : "d" + i;
        doc.add(new StringField(IndexSchema.ID, "d" + i, Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexSchema.GROUP, new BytesRef(group)));
        String lang = i % 3 == 0 ? "en" : "vi";
        doc.add(new SortedDocValuesField(IndexSchema.LANG, new BytesRef(lang)));
        doc.add(new SortedDocValuesField(IndexSchema.SOURCE, new BytesRef("source " + (i % 7))));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  private static Query anyOf(String... words) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String word : words) {
      query.add(new TermQuery(new Term(IndexSchema.BODY, word)), BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  /** The best document of each group, from every match scored and sorted: what a page must show. */
  private static List<Integer> groupedByHand(Query query, int offset, int size) throws IOException {
    TopDocs all = searcher.search(query, DOCUMENTS);
    Set<String> seen = new HashSet<>();
    List<Integer> best = new ArrayList<>();
    for (ScoreDoc hit : all.scoreDocs) {
      if (seen.add(groupOf(hit.doc))) {
        best.add(hit.doc);
      }
    }
    return best.subList(Math.min(offset, best.size()), Math.min(best.size(), offset + size));
  }

  private static String groupOf(int doc) throws IOException {
    var leaf = reader.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(doc, reader.leaves()));
    var values = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), IndexSchema.GROUP);
    values.advanceExact(doc - leaf.docBase);
    return values.lookupOrd(values.ordValue()).utf8ToString();
  }

  @Test
  void everyPageIsThePageOfAGroupingOfEveryMatch() throws IOException {
    Query query = anyOf("pháp", "luật", "hội", "nhập");
    for (int offset : new int[] {0, 10, 40, 300}) {
      List<Integer> page = GroupedTopDocs.page(searcher, query, Sort.RELEVANCE, offset, 10).stream()
          .map(hit -> hit.doc).toList();
      assertThat(page).as("page at %d", offset).isEqualTo(groupedByHand(query, offset, 10));
    }
  }

  @Test
  void aPageShowsEachGroupOnce() throws IOException {
    List<ScoreDoc> page = GroupedTopDocs.page(searcher, anyOf("kinh"), Sort.RELEVANCE, 0, 50);
    Set<String> groups = new HashSet<>();
    for (ScoreDoc hit : page) {
      assertThat(groups.add(groupOf(hit.doc))).isTrue();
    }
    assertThat(page).hasSize(50);
  }

  @Test
  void fewMatchesAreCountedExactly() throws IOException {
    Query rare = anyOf("luật");
    FacetCounter.Counts counts = FacetCounter.count(searcher, rare, PEOPLE, 100_000, 16);
    assertThat(counts.estimated()).isFalse();
    Set<String> articles = new HashSet<>();
    for (ScoreDoc hit : searcher.search(rare, DOCUMENTS).scoreDocs) {
      articles.add(groupOf(hit.doc));
    }
    assertThat(counts.articles()).isEqualTo(articles.size());
  }

  @Test
  void manyMatchesAreEstimatedFromASampleAndSaySo() throws IOException {
    Query common = anyOf("kinh", "tế");
    FacetCounter.Counts exact = FacetCounter.count(searcher, common, PEOPLE, 100_000, 16);
    FacetCounter.Counts estimate = FacetCounter.count(searcher, common, PEOPLE, 200, 16);
    assertThat(exact.estimated()).isFalse();
    assertThat(estimate.estimated()).isTrue();
    assertThat((double) estimate.articles()).isCloseTo(exact.articles(), org.assertj.core.data.Percentage.withPercentage(25));
    long exactVi = exact.facets().lang().stream().filter(c -> c.value().equals("vi")).findFirst().orElseThrow().count();
    long estimatedVi = estimate.facets().lang().stream().filter(c -> c.value().equals("vi")).findFirst().orElseThrow().count();
    assertThat((double) estimatedVi).isCloseTo(exactVi, org.assertj.core.data.Percentage.withPercentage(25));
  }
}
