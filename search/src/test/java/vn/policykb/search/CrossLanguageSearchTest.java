package vn.policykb.search;

import vn.policykb.ingest.TestCorpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.enrich.EnrichedArticle;
import vn.policykb.ingest.index.DocumentIndex;

/** Queries in one language find documents in the other through the glossary. */
class CrossLanguageSearchTest {

  @TempDir
  static Path dataDir;

  static DocumentIndex index;
  static DocumentSearcher searcher;

  private static Article doc(String id, String lang, String title, String body) {
    return new Article(id, id, null, null, title, body, lang, LocalDate.parse("2025-05-20"), null, null);
  }

  @BeforeAll
  static void index() throws Exception {
    index = DocumentIndex.open(dataDir);
    for (Article a : List.of(
        doc("vi-private", "vi", "Kinh tế tư nhân", "Nghị quyết đặt mục tiêu phát triển kinh tế tư nhân thành động lực quan trọng."),
        doc("en-private", "en", "Private economy", "The resolution sets goals for private sector development as a key driver."),
        doc("en-digital", "en", "Digital economy", "Ministries push digital transformation in public services."),
        doc("vi-weather", "vi", "Thời tiết", "Trời nắng nóng kéo dài ở Hà Nội."))) {
      index.write(EnrichedArticle.of(a));
    }
    index.commit();
    searcher = new DocumentSearcher(index, TestCorpus.KB);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<SearchHit> search(String query, boolean cross) throws Exception {
    return searcher.search(new SearchRequest(query, 1, 10, List.of(), SearchOrder.RELEVANCE, cross)).hits();
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::id).toList();
  }

  @Test
  void anEnglishQueryFindsAVietnameseArticleThroughTheGlossary() throws Exception {
    assertThat(ids(search("private sector development", true))).contains("vi-private");
  }

  @Test
  void aVietnameseQueryFindsAnEnglishArticleThroughTheGlossary() throws Exception {
    assertThat(ids(search("chuyển đổi số", true))).containsExactly("en-digital");
  }

  @Test
  void termsTypedWithoutDiacriticsAreTranslatedToo() throws Exception {
    assertThat(ids(search("chuyen doi so", true))).contains("en-digital");
  }

  @Test
  void aHitFoundThroughATranslationIsMarked() throws Exception {
    List<SearchHit> hits = search("private sector development", true);
    assertThat(hits).filteredOn(h -> h.id().equals("vi-private")).singleElement()
        .extracting(SearchHit::crossLanguage).isEqualTo(true);
    assertThat(hits).filteredOn(h -> h.id().equals("en-private")).singleElement()
        .extracting(SearchHit::crossLanguage).isEqualTo(false);
  }

  @Test
  void aSameLanguageHitRanksAboveACrossLanguageHitOfEqualStrength() throws Exception {
    assertThat(ids(search("private sector development", true))).containsExactly("en-private", "vi-private");
    assertThat(ids(search("phát triển kinh tế tư nhân", true))).first().isEqualTo("vi-private");
  }

  @Test
  void theSwitchTurnsTranslationOff() throws Exception {
    assertThat(ids(search("private sector development", false))).containsExactly("en-private");
  }

  @Test
  void wordsOutsideTheGlossaryStillHaveToMatch() throws Exception {
    assertThat(ids(search("private sector weather", true))).doesNotContain("vi-private");
  }
}
