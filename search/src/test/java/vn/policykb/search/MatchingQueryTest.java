package vn.policykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.analysis.VietnameseFolding;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.enrich.EnrichedArticle;
import vn.policykb.ingest.index.DocumentIndex;

/**
 * The query counting uses, without the exact forms, matches the very documents the ranked query
 * does, whatever the query's shape and whatever form the text is stored in.
 */
class MatchingQueryTest {

  @TempDir
  static Path dataDir;

  static DocumentIndex index;
  static QueryBuilder builder;
  static final List<String> paragraphs = new ArrayList<>();

  @BeforeAll
  static void indexTheCorpusAndItsParagraphsInEveryForm() throws Exception {
    index = DocumentIndex.open(dataDir);
    new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(TestCorpus.ARTICLES));
    for (String seed : List.of(TestCorpus.SEED_000, TestCorpus.SEED_001, TestCorpus.SEED_002, TestCorpus.SEED_003,
        TestCorpus.SEED_004)) {
      for (String paragraph : TestCorpus.read(seed).split("\n\\s*\n")) {
        if (paragraph.strip().length() > 80) {
          paragraphs.add(paragraph.strip());
        }
      }
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      String text = paragraphs.get(i);
      String stored = switch (i % 3) {
        case 0 -> text;
        case 1 -> VietnameseFolding.fold(text);
        default -> Normalizer.normalize(text, Normalizer.Form.NFD);
      };
      index.write(EnrichedArticle.of(new Article("p" + i, "p" + i, null, null, "Đoạn " + i, stored, "vi", null, null,
          null)));
    }
    index.write(EnrichedArticle.of(new Article("en", "en", null, null, "Developing the private economy",
        "The Politburo is developing policies so that private enterprises grow; Resolution 68-NQ/TW sets targets.",
        "en", null, null, null)));
    index.commit();
    builder = new QueryBuilder(index.analyzer(), TestCorpus.KB);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  /** Words of the corpus as readers type them: two and four at a time, with and without marks. */
  private static List<String> typed() {
    List<String> queries = new ArrayList<>(List.of(
        "\"chuyển đổi số\"", "chuyen doi so", "kinh tế -tư nhân", "Nghị quyết 57", "nghi quyet 57", "57-NQ/TW",
        "TP.HCM", "to lam", "Tô Lâm OR Phạm Minh Chính", "developing economy", "private enterprises grow",
        "hoà bình", "thuỷ lợi", "Đảng", "đổi mới sáng tạo là gì?", "khoa học công nghệ và đổi mới sáng tạo thúc đẩy"));
    for (int i = 0; i < paragraphs.size(); i += 2) {
      String[] words = paragraphs.get(i).split("\\s+");
      for (int width : new int[] {2, 4}) {
        int from = Math.min(words.length - width, 3 + i % 7);
        String phrase = String.join(" ", Arrays.copyOfRange(words, Math.max(0, from), Math.max(0, from) + width));
        queries.add(phrase);
        queries.add(VietnameseFolding.fold(phrase));
      }
    }
    return queries;
  }

  @Test
  void matchesTheDocumentsTheRankedQueryMatches() throws IOException {
    IndexSearcher searcher = index.searchers().acquire();
    try {
      int matched = 0;
      for (String typed : typed()) {
        UserQuery query = UserQuery.parse(typed);
        for (boolean anyWords : new boolean[] {false, true}) {
          for (boolean cross : new boolean[] {false, true}) {
            Set<Integer> ranked = matches(searcher, builder.build(query, anyWords, cross));
            Set<Integer> matching = matches(searcher, builder.matching(query, anyWords, cross));
            assertThat(matching).as("%s (any words %s, cross-language %s)", typed, anyWords, cross).isEqualTo(ranked);
            matched += ranked.isEmpty() ? 0 : 1;
          }
        }
      }
      assertThat(matched).as("queries that match something").isGreaterThan(100);
    } finally {
      index.searchers().release(searcher);
    }
  }

  @Test
  void leavesOutTheExactFormsOnly() {
    for (String typed : List.of("Phát triển kinh tế tư nhân", "phat trien kinh te tu nhan")) {
      UserQuery query = UserQuery.parse(typed);
      Set<String> ranked = fields(builder.build(query, false, true));
      Set<String> matching = fields(builder.matching(query, false, true));
      assertThat(ranked).contains("body", "title", "captions", "body.folded", "title.folded", "body.en");
      assertThat(matching).doesNotContain("body", "title", "captions")
          .contains("body.folded", "title.folded", "captions.folded", "body.en", "title.en", "body.bigrams");
    }
  }

  private static Set<Integer> matches(IndexSearcher searcher, Query query) throws IOException {
    Set<Integer> docs = new HashSet<>();
    for (ScoreDoc hit : searcher.search(query, 10_000).scoreDocs) {
      docs.add(hit.doc);
    }
    return docs;
  }

  private static Set<String> fields(Query query) {
    Set<String> fields = new HashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... terms) {
        for (Term term : terms) {
          fields.add(term.field());
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return fields;
  }
}
