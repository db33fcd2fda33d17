package vn.policykb.search;

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
    new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(TestCorpus.ARTICLES));
    searcher = new DocumentSearcher(index, TestCorpus.KB);
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
  void aPastedParagraphFindsTheArticleItComesFrom() throws Exception {
    String body = TestCorpus.read(TestCorpus.SEED_003);
    // what a reader pastes: a long run of the article, punctuation and legal numbers included
    String pasted = body.substring(body.length() / 4, Math.min(body.length(), body.length() / 4 + 1_900));

    SearchResults found = searcher.search(new SearchRequest(pasted, 1, 10));

    assertThat(pasted.split("\\s+").length).isGreaterThan(250);
    assertThat(found.hits()).isNotEmpty();
    assertThat(seedById.get(found.hits().getFirst().id())).isEqualTo("003");
  }

  @Test
  void aSearchOutOfTimeAnswersWithWhatItFoundAndSaysSo() throws Exception {
    SearchRequest browse = new SearchRequest("", 1, 10);
    SearchResults timedOut = new DocumentSearcher(index, TestCorpus.KB, java.time.Duration.ZERO).search(browse);
    SearchResults inTime = searcher.search(browse);

    assertThat(timedOut.partial()).isTrue();
    assertThat(timedOut.total()).isLessThan(inTime.total());
    assertThat(inTime.partial()).isFalse();
    assertThat(inTime.total()).isEqualTo(5);
  }

  @Test
  void unaccentedNameFindsTheAccentedOne() throws Exception {
    assertThat(seeds("to lam")).containsExactlyInAnyOrder("000", "001", "002");
    assertThat(seeds("\"to lam\"")).containsExactlyInAnyOrder("000", "001", "002");
  }

  @Test
  void anUnaccentedNameMarksTheNameNotEveryToOfAnEnglishArticle() throws Exception {
    SearchHit hit = searcher.search(new SearchRequest("to lam", 1, 10)).hits().stream()
        .filter(h -> "000".equals(seedById.get(h.id()))).findFirst().orElseThrow();
    assertThat(hit.snippet()).isEqualTo("Party General Secretary <mark>Tô Lâm</mark> on Sunday"
        + " urged the Vietnam Innovation Network in Korea, the Republic of Korea (RoK)-based branch of a global"
        + " organisation, to promote its role as a key bridge connecting the domestic and international innovation"
        + " ecosystem. …");
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

  @Test
  void facetsCountEveryMatchingArticle() throws Exception {
    Facets facets = searcher.search(new SearchRequest("", 1, 1)).facets();
    assertThat(facets.lang()).containsExactly(new Facets.Count("en", 4), new Facets.Count("vi", 1));
    assertThat(facets.resolution()).containsExactly(new Facets.Count("57", 3), new Facets.Count("59", 1),
        new Facets.Count("66", 1), new Facets.Count("68", 1));
    assertThat(facets.year()).containsExactly(new Facets.Count("2025", 3));
    assertThat(facets.month()).containsExactly(new Facets.Count("2025-08", 3));
  }

  @Test
  void facetsFollowTheQuery() throws Exception {
    Facets facets = searcher.search(new SearchRequest("to lam", 1, 1)).facets();
    assertThat(facets.lang()).containsExactly(new Facets.Count("en", 2), new Facets.Count("vi", 1));
  }

  @Test
  void filtersGivenApartNarrowAsTypedOnesDo() throws Exception {
    SearchResults apart = searcher.search(new SearchRequest("to lam", 1, 10,
        List.of(SearchFilters.parse("lang", "vi")), SearchOrder.RELEVANCE));
    SearchResults typed = searcher.search(new SearchRequest("to lam lang:vi", 1, 10));
    assertThat(apart.hits()).extracting(h -> seedById.get(h.id())).containsExactly("002");
    assertThat(typed.hits()).extracting(SearchHit::id).isEqualTo(apart.hits().stream().map(SearchHit::id).toList());
    assertThat(apart.facets().lang()).containsExactly(new Facets.Count("vi", 1));
  }

  @Test
  void aFilterValueThatDoesNotParseSaysWhatItTakes() {
    assertThatThrownBy(() -> SearchFilters.parse("lang", "fr"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lang must be vi or en, was \"fr\"");
    assertThatThrownBy(() -> SearchFilters.parse("from", "yesterday"))
        .hasMessageStartingWith("from must be a date");
    assertThatThrownBy(() -> SearchOrder.parse("oldest")).hasMessage("sort must be relevance or newest, was \"oldest\"");
  }

  @Test
  void newestFirstOrdersByDateWhateverMatched() throws Exception {
    List<SearchHit> hits = searcher.search(new SearchRequest("to lam", 1, 10, List.of(), SearchOrder.NEWEST)).hits();
    assertThat(seedById.get(hits.getFirst().id())).isEqualTo("001");
    hits = searcher.search(new SearchRequest("Resolution", 1, 10, List.of(), SearchOrder.NEWEST)).hits();
    List<String> dates = hits.stream().map(SearchHit::date).toList();
    List<String> dated = dates.stream().filter(d -> d != null).toList();
    assertThat(dated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(dates.subList(dated.size(), dates.size())).containsOnlyNulls();
  }

  @Test
  void peopleAreAFacetAndAFilterByAnyOfTheirNames() throws Exception {
    Facets facets = searcher.search(new SearchRequest("", 1, 1)).facets();
    assertThat(facets.person()).contains(new Facets.Count("to-lam", 3, "Tô Lâm"));
    for (String named : List.of("to-lam", "To Lam", "Tổng Bí thư Tô Lâm")) {
      SearchResults results = searcher.search(new SearchRequest("", 1, 10,
          List.of(SearchFilters.parse("person", named)), SearchOrder.RELEVANCE));
      assertThat(results.hits()).as(named).extracting(h -> seedById.get(h.id()))
          .containsExactlyInAnyOrder("000", "001", "002");
    }
    assertThat(searcher.search(new SearchRequest("nguoi:to-lam lang:vi", 1, 10)).hits())
        .extracting(h -> seedById.get(h.id())).containsExactly("002");
  }
}
