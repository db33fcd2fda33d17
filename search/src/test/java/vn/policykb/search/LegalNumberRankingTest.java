package vn.policykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.index.DocumentIndex;

/**
 * A legal document named by its kind and number, in either language and any common spelling,
 * finds the articles about that document above those where the number is only a count, even
 * where such an article also has the kind's word and repeats the number.
 */
class LegalNumberRankingTest {

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
        doc("nq57-vi", "vi", "Đột phá khoa học công nghệ",
            "Bộ Chính trị ban hành Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ và chuyển đổi số."),
        doc("count57-vi", "vi", "57 đại biểu biểu quyết nghị quyết ngân sách",
            "Có 57 đại biểu có mặt; 57 đại biểu biểu quyết thông qua nghị quyết về ngân sách, 57 phiếu tán thành."),
        doc("nq57-en", "en", "Science breakthrough",
            "The Politburo's Resolution No. 57-NQ/TW sets science, technology and digital transformation goals."),
        doc("count57-en", "en", "57 experts back the resolution",
            "57 experts attended; 57 experts voted for the resolution on the budget, and 57 experts signed it."),
        doc("nd13-vi", "vi", "Bảo vệ dữ liệu cá nhân",
            "Chính phủ ban hành Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân."),
        doc("count13-vi", "vi", "13 nghị định mới",
            "Năm nay có 13 nghị định mới; 13 bộ soạn thảo nghị định, 13 dự thảo được góp ý."),
        doc("nd13-en", "en", "Personal data protection",
            "Decree 13/2023/ND-CP on personal data protection took effect on July 1."),
        doc("count13-en", "en", "13 decrees a year",
            "The government issued 13 decrees; 13 ministries drafted each decree, 13 drafts in all."),
        doc("qd1131-vi", "vi", "Danh mục công nghệ chiến lược",
            "Thủ tướng ký Quyết định 1131/QĐ-TTg ban hành danh mục công nghệ chiến lược."),
        doc("count1131-vi", "vi", "1131 hộ dân nhận quyết định",
            "Có 1131 hộ dân nhận quyết định hỗ trợ; 1131 hộ dân được bố trí tái định cư, 1131 suất."))) {
      index.write(TestCorpus.ENRICHMENT.enrich(a));
    }
    index.commit();
    searcher = new DocumentSearcher(index, TestCorpus.KB);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("Resolution 57", List.of("nq57-en", "nq57-vi"), List.of("count57-en", "count57-vi")),
        Arguments.of("Nghị quyết 57", List.of("nq57-vi", "nq57-en"), List.of("count57-vi", "count57-en")),
        Arguments.of("NQ 57", List.of("nq57-vi", "nq57-en"), List.of("count57-vi", "count57-en")),
        Arguments.of("57-NQ/TW", List.of("nq57-vi", "nq57-en"), List.of("count57-vi", "count57-en")),
        Arguments.of("nghi quyet 57", List.of("nq57-vi", "nq57-en"), List.of("count57-vi", "count57-en")),
        Arguments.of("Nghị định 13/2023/NĐ-CP", List.of("nd13-vi", "nd13-en"), List.of("count13-vi", "count13-en")),
        Arguments.of("Nghị định 13", List.of("nd13-vi", "nd13-en"), List.of("count13-vi", "count13-en")),
        Arguments.of("Decree 13", List.of("nd13-en", "nd13-vi"), List.of("count13-en", "count13-vi")),
        Arguments.of("Quyết định 1131", List.of("qd1131-vi"), List.of("count1131-vi")),
        Arguments.of("quyet dinh 1131", List.of("qd1131-vi"), List.of("count1131-vi")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theDocumentAboutItRanksAboveACount(String query, List<String> about, List<String> counts) throws Exception {
    List<String> ranked = searcher.search(new SearchRequest(query, 1, 10)).hits().stream().map(SearchHit::id).toList();

    assertThat(ranked).as(query).contains(about.getFirst());
    int worstAbout = about.stream().filter(ranked::contains).mapToInt(ranked::indexOf).max().orElseThrow();
    for (String count : counts) {
      if (ranked.contains(count)) {
        assertThat(ranked.indexOf(count)).as(query + ": " + ranked).isGreaterThan(worstAbout);
      }
    }
  }
}
