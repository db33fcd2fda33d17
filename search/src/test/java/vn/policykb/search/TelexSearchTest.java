package vn.policykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.index.DocumentIndex;

/** Queries typed in Telex keystrokes with the input method off find what the intended words find. */
class TelexSearchTest {

  @TempDir
  static Path dataDir;

  static DocumentIndex index;
  static DocumentSearcher searcher;

  private static Article doc(String id, String lang, String title, String body) {
    return new Article(id, id, null, null, title, body, lang, LocalDate.parse("2025-05-01"), null, "VNA");
  }

  @BeforeAll
  static void index() throws Exception {
    index = DocumentIndex.open(dataDir);
    for (Article a : List.of(
        doc("nq57", "vi", "Nghị quyết 57 về khoa học công nghệ",
            "Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ và chuyển đổi số được triển khai."),
        doc("so57", "vi", "57 chuyên gia dự hội thảo", "Có 57 chuyên gia và nhà khoa học tham dự hội thảo về đường sắt."),
        doc("to-lam", "vi", "Tổng Bí thư Tô Lâm thăm Hàn Quốc",
            "Tổng Bí thư Tô Lâm gặp cộng đồng người Việt ở Hàn Quốc; Tổng Bí thư Tô Lâm nói về hợp tác."),
        doc("duong-sat", "vi", "Đường sắt tốc độ cao Bắc Nam",
            "Dự án đường sắt tốc độ cao trên trục Bắc Nam; con đường phát triển hạ tầng."),
        doc("to-lich", "vi", "Sông Tô Lịch được làm sạch", "Sông Tô Lịch ở Hà Nội được làm sạch."),
        doc("en-boss", "en", "Does the boss offer too much?",
            "The boss does offer a free lunch every week, which some call too much. The seed money does help."),
        doc("en-door", "en", "Door to door sales", "Door to door sales are too slow, the boss said this week."))) {
      index.write(TestCorpus.ENRICHMENT.enrich(a));
    }
    index.commit();
    searcher = new DocumentSearcher(index, TestCorpus.KB);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static SearchResults search(String q) throws Exception {
    return searcher.search(new SearchRequest(q, 1, 10));
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "nghij quyeets 57, nghị quyết 57",
      "toongr bis thuw too laam, tổng bí thư tô lâm",
      "dduwowngf sawts, đường sắt",
      "dduongwf sawts, đường sắt",
      "Toorng Bis thuw Too Laam, Tổng Bí thư Tô Lâm",
  })
  void aTelexQueryFindsWhatTheIntendedWordsFindInTheSameOrder(String typed, String intended) throws Exception {
    SearchResults telex = search(typed);
    assertThat(telex.decoded()).isEqualTo(new DecodedQuery(intended, typed));
    assertThat(ids(telex)).isNotEmpty().isEqualTo(ids(search(intended)));
  }

  @Test
  void theResolutionRanksAboveTheCountForTheTelexQuery() throws Exception {
    assertThat(ids(search("nghij quyeets 57")).getFirst()).isEqualTo("nq57");
  }

  @ParameterizedTest
  @ValueSource(strings = {"does", "boss", "offer", "free", "seed", "week", "door", "too", "does the boss offer",
      "too much", "door to door", "to lam", "nghi quyet 57", "Tô Lâm", "duong sat"})
  void wordsMeantAsTypedAreSearchedAsTyped(String typed) throws Exception {
    assertThat(search(typed).decoded()).isNull();
  }

  @Test
  void telexOffSearchesTheKeystrokesAsTyped() throws Exception {
    SearchResults asTyped = searcher.search(new SearchRequest("toongr bis thuw too laam", 1, 10, List.of(),
        SearchOrder.RELEVANCE, true, false));
    assertThat(asTyped.decoded()).isNull();
    assertThat(ids(asTyped)).doesNotContain("to-lam");
  }

  @Test
  void rankedIdsReadTelexToo() throws Exception {
    assertThat(searcher.rankedIds("dduwowngf sawts toocs ddooj cao", 1)).containsExactly("duong-sat");
  }
}
