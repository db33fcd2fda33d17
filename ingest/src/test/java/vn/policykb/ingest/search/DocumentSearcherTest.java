package vn.policykb.ingest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.DocumentIds;
import vn.policykb.ingest.index.DocumentIndex;

class DocumentSearcherTest {

  @TempDir
  static Path dataDir;

  static DocumentIndex index;
  static DocumentSearcher searcher;
  static Map<String, String> seedById;

  @BeforeAll
  static void indexTheCorpus() throws Exception {
    index = DocumentIndex.open(dataDir);
    new Ingester(index).ingestPaths(List.of(TestCorpus.ARTICLES));
    searcher = new DocumentSearcher(index);
    seedById = List.of(TestCorpus.SEED_000, TestCorpus.SEED_001, TestCorpus.SEED_002, TestCorpus.SEED_003,
            TestCorpus.SEED_004).stream()
        .collect(Collectors.toMap(DocumentIds::fromKey, name -> name.substring(0, 3)));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<String> seeds(String query) throws Exception {
    return searcher.search(new SearchRequest(query, 1, 10)).hits().stream()
        .map(hit -> seedById.get(hit.id()))
        .toList();
  }

  @Test
  void unaccentedNameFindsTheAccentedOne() throws Exception {
    assertThat(seeds("to lam")).containsExactlyInAnyOrder("000", "001", "002");
    assertThat(seeds("\"to lam\"")).containsExactlyInAnyOrder("000", "001", "002");
  }

  @Test
  void decomposedTextIsFoundAndHighlightedInNfc() throws Exception {
    for (String query : List.of("người Việt", "nguoi viet")) {
      SearchResults results = searcher.search(new SearchRequest(query, 1, 10));
      assertThat(results.hits()).extracting(h -> seedById.get(h.id())).containsExactly("002");
      String snippet = results.hits().getFirst().snippet();
      assertThat(snippet).contains("<mark>người Việt</mark>").doesNotContain("\u031B");
    }
  }

  @Test
  void literalResolutionNumberRanksAboveAMereMention() throws Exception {
    List<String> ranked = seeds("Resolution 57-NQ/TW");
    assertThat(ranked.subList(0, 2)).containsExactlyInAnyOrder("000", "004");
    assertThat(ranked).contains("003");
  }

  @Test
  void typedDiacriticsRankAboveFoldedMatches() throws Exception {
    // "làm" (to do) is in 002; "lam" folded also matches "Lâm" in all three
    List<SearchHit> hits = searcher.search(new SearchRequest("làm", 1, 10)).hits();
    assertThat(hits).isNotEmpty();
    assertThat(seedById.get(hits.getFirst().id())).isEqualTo("002");
  }

  @Test
  void excludedWordsRemoveDocuments() throws Exception {
    assertThat(seeds("to lam -Seoul")).containsExactly("002");
  }

  @Test
  void punctuationAndFieldLikeTextNeverFail() throws Exception {
    for (String query : List.of("\"", "?", "a:b", "((", "-", "\\", "*", "title:", "NOT", "&&")) {
      assertThat(searcher.search(new SearchRequest(query, 1, 10)).total()).isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void anEmptyQueryBrowsesNewestFirst() throws Exception {
    SearchResults results = searcher.search(new SearchRequest("", 1, 10));
    assertThat(results.total()).isEqualTo(5);
    assertThat(results.hits()).extracting(SearchHit::date).startsWith("2025-08-12");
  }

  @Test
  void pagesAreSlicesOfOneRanking() throws Exception {
    List<String> all = seeds("");
    SearchResults second = searcher.search(new SearchRequest("", 2, 2));
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.hits()).extracting(h -> seedById.get(h.id())).containsExactlyElementsOf(all.subList(2, 4));
  }

  @Test
  void snippetsEscapeHtml() throws Exception {
    SearchHit hit = searcher.search(new SearchRequest("Resolution 57-NQ/TW", 1, 1)).hits().getFirst();
    assertThat(hit.snippet()).contains("<mark>").doesNotContain("<p>").doesNotContain("&#x2F;");
  }

  @Test
  void impossiblePagesAreRefused() {
    assertThatThrownBy(() -> new SearchRequest("x", 0, 10)).hasMessageContaining("page must be 1 or more");
    assertThatThrownBy(() -> new SearchRequest("x", 1, 101)).hasMessageContaining("size must be between 1 and 100");
    assertThatThrownBy(() -> new SearchRequest("x", 1001, 10)).hasMessageContaining("must not exceed 10000");
  }
}
