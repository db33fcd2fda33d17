package vn.policykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.index.IndexSchema;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.DocumentIds;
import vn.policykb.ingest.index.DocumentIndex;

/** A pasted text of any length builds a query of bounded size that still finds where it comes from. */
class SelectedWordsQueryTest {

  @TempDir
  static Path dataDir;

  static DocumentIndex index;
  static DocumentSearcher searcher;

  @BeforeAll
  static void indexTheCorpus() throws Exception {
    index = DocumentIndex.open(dataDir);
    new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(TestCorpus.ARTICLES));
    searcher = new DocumentSearcher(index, TestCorpus.KB);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  /** Ten kilobytes of statute-like text: the article's own words, legal numbers and punctuation. */
  private static String pasted() throws Exception {
    String body = TestCorpus.read(TestCorpus.SEED_003);
    StringBuilder text = new StringBuilder("Điều 322. Khoản 2, điểm a) theo Nghị định 13/2023/NĐ-CP; ");
    while (text.length() < 10_000) {
      text.append(body, 0, Math.min(body.length(), 10_000 - text.length())).append(" (1), [2]; “§” … ");
    }
    return text.toString();
  }

  private static int terms(Query query) {
    int[] count = new int[1];
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... terms) {
        count[0] += terms.length;
      }

      @Override
      public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return count[0];
  }

  @Test
  void aTenKilobyteParagraphRewritesToTheRarestWordsAndFindsItsArticle() throws Exception {
    String text = pasted();
    QueryBuilder builder = new QueryBuilder(index.analyzer(), TestCorpus.KB);
    Query built = builder.build(UserQuery.parse(text));
    IndexSearcher s = index.searchers().acquire();
    try {
      Query rewritten = s.rewrite(built);
      // each kept word or pair is a handful of fields: bounded whatever the text's length
      assertThat(terms(rewritten)).isLessThan(40 * SelectedWordsQuery.MAX_WORDS);
      assertThat(terms(built)).isGreaterThan(terms(rewritten));
    } finally {
      index.searchers().release(s);
    }

    SearchResults found = searcher.search(new SearchRequest(text, 1, 10));

    assertThat(found.hits()).isNotEmpty();
    assertThat(found.hits().getFirst().id()).isEqualTo(DocumentIds.fromKey(TestCorpus.SEED_003));
  }

  @Test
  void aShortListOfWordsIsTheirPlainDisjunction() {
    List<Query> words = List.of(new org.apache.lucene.search.TermQuery(new Term(IndexSchema.BODY, "a")),
        new org.apache.lucene.search.TermQuery(new Term(IndexSchema.BODY, "b")));
    assertThat(SelectedWordsQuery.of(words, IndexSchema.BODY_FOLDED, 2)).isInstanceOf(org.apache.lucene.search.BooleanQuery.class);
    assertThat(SelectedWordsQuery.of(words, IndexSchema.BODY_FOLDED, 1)).isInstanceOf(SelectedWordsQuery.class);
  }
}
