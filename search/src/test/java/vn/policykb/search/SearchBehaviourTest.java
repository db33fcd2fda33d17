package vn.policykb.search;

import vn.policykb.ingest.TestCorpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.index.DocumentIndex;

/**
 * The search behaviours readers rely on, one row each: a query, and the document that must rank
 * first, must be among the results, or must not be.
 */
class SearchBehaviourTest {

  @TempDir
  static Path dataDir;

  static DocumentIndex index;
  static DocumentSearcher searcher;

  /** @param resolutions what the body cites, as enrichment finds it */
  private static Article doc(String id, String lang, String date, String source, String title, String body,
      List<String> resolutions) {
    return new Article(id, id, null, null, title, body, lang, date == null ? null : LocalDate.parse(date), null,
        source);
  }

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  @BeforeAll
  static void index() throws Exception {
    index = DocumentIndex.open(dataDir);
    for (Article a : List.of(
        doc("duong-pho", "vi", "2025-03-01", "VNA", "Đường phố Hà Nội", "Đường phố Hà Nội đông đúc vào giờ cao điểm buổi sáng.", List.of()),
        doc("duong-duong", "vi", "2025-03-02", "VNA", "Đương Dương huyện", "Đương Dương là một huyện, dân số khoảng nửa triệu người, cách Dương Châu không xa.", List.of()),
        doc("duong-hoa", "vi", "2025-03-03", "VNA", "Hoa dương xỉ", "Cây dương xỉ mọc dưới tán rừng, lá xanh quanh năm.", List.of()),
        doc("con-de", "vi", "2025-04-01", "Tuổi Trẻ", "Chuyện con dế mèn", "Con dế mèn phiêu lưu khắp cánh đồng.", List.of()),
        doc("con-de-nui", "vi", "2025-04-02", "Tuổi Trẻ", "Chuyện con dê núi", "Con dê núi leo trên vách đá cheo leo.", List.of()),
        doc("thanh-hoa", "vi", "2024-12-22", "Nhân Dân", "Thanh Hoá thu hút đầu tư", "Tỉnh Thanh Hoá giữ vững hoà bình, thuỷ lợi và sức khoẻ cộng đồng; Uỷ ban nhân dân tỉnh chỉ đạo.", List.of()),
        doc("decomposed", "vi", "2025-05-01", "VNA", nfd("Người Việt ở Hàn Quốc"), nfd("Cộng đồng người Việt ở Hàn Quốc đón Tổng Bí thư Tô Lâm."), List.of()),
        doc("eth", "vi", "2025-05-02", "VNA", "Ðà Nẵng mở rộng cảng", "Thành phố Ðà Nẵng đầu tư cảng biển.", List.of()),
        doc("nq68", "vi", "2025-05-18", "Báo Chính phủ", "Phát triển kinh tế tư nhân", "Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân; đổi mới sáng tạo là động lực.", List.of("68")),
        doc("nq57", "vi", "2025-01-10", "Báo Chính phủ", "Đột phá khoa học công nghệ", "Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.", List.of("57")),
        doc("scattered", "vi", "2025-01-11", "VNA", "Sáng kiến mới", "Đổi ca làm việc, mới có thời gian sáng tạo nghệ thuật.", List.of()),
        doc("en-private", "en", "2025-05-20", "VNS", "Private sector development", "The Politburo's Resolution 68 sets goals for developing the private economy and its enterprises.", List.of("68")),
        doc("en-ministry", "en", "2025-06-01", "VNS", "Finance ministry reforms", "The Ministry of Finance announced new procedures for investors.", List.of()),
        doc("an-ninh", "vi", "2025-06-02", "VNA", "An ninh an toàn", "Tô Lâm nói về an ninh, an toàn và thuỷ sản.", List.of()),
        doc("copy-of-con-de", "vi", "2025-04-03", "Báo Khác", "Chuyện con dế mèn (đăng lại)", "Con dế mèn   phiêu lưu khắp cánh đồng.", List.of()),
        doc("tphcm", "vi", "2025-06-03", "Tuổi Trẻ", "TP.HCM chống ngập", "TP.HCM đầu tư hệ thống chống ngập với tăng trưởng 2,4%.", List.of()),
        doc("tphcm-spaced", "vi", "2025-06-05", "VNA", "Metro số 1", "Tuyến metro số 1 của TP. HCM chở khách.", List.of()),
        doc("tphcm-joined", "vi", "2025-06-06", "VNA", "Giá nhà", "Giá nhà ở TPHCM tăng mạnh.", List.of()),
        doc("vanh-tai", "vi", "2025-06-04", "Sức khoẻ", "Tai ngoài", "Vành tai được cấu tạo bởi sụn đàn hồi phủ da.", List.of()))) {
      index.write(TestCorpus.ENRICHMENT.enrich(a));
    }
    index.commit();
    searcher = new DocumentSearcher(index, TestCorpus.KB);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  enum Expect {
    FIRST, FOUND, NOT_FOUND, NOTHING,
    /** No document has every word of the short query: found among those that have some. */
    PARTIAL
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // diacritic-insensitive, typed diacritics first
        Arguments.of("đường", Expect.FIRST, "duong-pho"),
        Arguments.of("đường", Expect.FOUND, "duong-duong"),
        Arguments.of("duong", Expect.FOUND, "duong-pho"),
        Arguments.of("duong", Expect.FOUND, "duong-duong"),
        Arguments.of("duong", Expect.FOUND, "duong-hoa"),
        Arguments.of("Đương", Expect.FIRST, "duong-duong"),
        Arguments.of("con dế", Expect.FIRST, "con-de"),
        Arguments.of("con dê", Expect.FIRST, "con-de-nui"),
        Arguments.of("con de", Expect.FOUND, "con-de"),
        Arguments.of("con de", Expect.FOUND, "con-de-nui"),
        // tone-mark placement, both styles, in both directions
        Arguments.of("Thanh Hóa", Expect.FIRST, "thanh-hoa"),
        Arguments.of("thanh hoa", Expect.FIRST, "thanh-hoa"),
        Arguments.of("hòa bình", Expect.FIRST, "thanh-hoa"),
        Arguments.of("thủy lợi", Expect.FIRST, "thanh-hoa"),
        Arguments.of("sức khỏe", Expect.FIRST, "thanh-hoa"),
        Arguments.of("ủy ban", Expect.FIRST, "thanh-hoa"),
        Arguments.of("\"ủy ban nhân dân\"", Expect.FIRST, "thanh-hoa"),
        // decomposed and eth input, decomposed query
        Arguments.of("người Việt", Expect.FIRST, "decomposed"),
        Arguments.of("nguoi viet", Expect.FIRST, "decomposed"),
        Arguments.of(nfd("Hàn Quốc"), Expect.FIRST, "decomposed"),
        Arguments.of("to lam", Expect.FOUND, "decomposed"),
        Arguments.of("Tô Lâm", Expect.FOUND, "an-ninh"),
        Arguments.of("Đà Nẵng", Expect.FIRST, "eth"),
        Arguments.of("da nang", Expect.FIRST, "eth"),
        // phrases across syllables, with the same insensitivity
        Arguments.of("\"đổi mới sáng tạo\"", Expect.FOUND, "nq57"),
        Arguments.of("\"doi moi sang tao\"", Expect.FOUND, "nq68"),
        Arguments.of("\"đổi mới sáng tạo\"", Expect.NOT_FOUND, "scattered"),
        Arguments.of("kinh te tu nhan", Expect.FIRST, "nq68"),
        // short queries need every word; where no document has them all, some will do
        Arguments.of("dế mèo", Expect.PARTIAL, "con-de"),
        Arguments.of("con dế núi", Expect.FIRST, "con-de-nui"),
        Arguments.of("con -de", Expect.NOT_FOUND, "con-de-nui"),
        // Vietnamese syllables that are English stopwords are kept
        Arguments.of("an ninh an toan", Expect.FIRST, "an-ninh"),
        Arguments.of("thuy san", Expect.FIRST, "an-ninh"),
        // English stemming and stopwords, in English documents only
        Arguments.of("developing private enterprise", Expect.FIRST, "en-private"),
        Arguments.of("\"Ministry of Finance\"", Expect.FIRST, "en-ministry"),
        Arguments.of("private sector developments", Expect.FIRST, "en-private"),
        // the same text at another address is not a result of its own
        Arguments.of("dế mèn", Expect.NOT_FOUND, "copy-of-con-de"),
        // exclusion, OR, filters
        Arguments.of("con -dế", Expect.NOT_FOUND, "con-de"),
        Arguments.of("con -dế", Expect.FOUND, "con-de-nui"),
        Arguments.of("dế OR dê", Expect.FOUND, "con-de"),
        Arguments.of("dế OR dê", Expect.FOUND, "con-de-nui"),
        Arguments.of("phát triển lang:en", Expect.NOT_FOUND, "nq68"),
        // a long query beside a filter still needs some of its words
        Arguments.of("kinh tế tư nhân phát triển mạnh lang:en", Expect.NOTHING, ""),
        Arguments.of("private lang:en", Expect.FIRST, "en-private"),
        Arguments.of("resolution:68", Expect.FOUND, "en-private"),
        Arguments.of("resolution:68", Expect.NOT_FOUND, "nq57"),
        Arguments.of("nq:57-NQ/TW", Expect.FIRST, "nq57"),
        Arguments.of("source:vns", Expect.FOUND, "en-ministry"),
        Arguments.of("source:\"tuổi trẻ\" con", Expect.FOUND, "con-de"),
        Arguments.of("source:\"tuổi trẻ\" con", Expect.NOT_FOUND, "an-ninh"),
        Arguments.of("date:2024", Expect.FIRST, "thanh-hoa"),
        Arguments.of("date:2025-05", Expect.NOT_FOUND, "thanh-hoa"),
        Arguments.of("date:2025-05..2025-05-18", Expect.FOUND, "nq68"),
        Arguments.of("date:2025-05..2025-05-18", Expect.NOT_FOUND, "en-private"),
        Arguments.of("from:2025-06-02 to:2025-06-02", Expect.FIRST, "an-ninh"),
        // malformed syntax degrades to text
        Arguments.of("date:yesterday con dế", Expect.PARTIAL, "con-de"),
        Arguments.of("\"con dế", Expect.FIRST, "con-de"),
        Arguments.of("dế OR", Expect.PARTIAL, "con-de"),
        Arguments.of("\"dế mèo\"", Expect.NOTHING, ""),
        // question words say what the reader asks, not what the answer contains
        Arguments.of("Vành tai là gì?", Expect.FIRST, "vanh-tai"),
        Arguments.of("Sụn đàn hồi ở đâu?", Expect.FIRST, "vanh-tai"),
        Arguments.of("vanh tai duoc cau tao nhu the nao", Expect.FIRST, "vanh-tai"),
        // legal references in any spelling, either language
        Arguments.of("Nghị quyết số 68", Expect.FOUND, "en-private"),
        Arguments.of("nghi quyet 68", Expect.FOUND, "en-private"),
        Arguments.of("Resolution No. 57", Expect.FIRST, "nq57"),
        Arguments.of("57/NQ-TW", Expect.FIRST, "nq57"),
        Arguments.of("NQ 68 kinh tế", Expect.FIRST, "nq68"),
        Arguments.of("Resolution 68", Expect.NOT_FOUND, "nq57"),
        // numbers and abbreviations as units
        Arguments.of("2,4%", Expect.FIRST, "tphcm"),
        Arguments.of("TP.HCM", Expect.FIRST, "tphcm"),
        Arguments.of("TP.HCM", Expect.FOUND, "tphcm-spaced"),
        Arguments.of("TP.HCM", Expect.FOUND, "tphcm-joined"),
        Arguments.of("TP. HCM", Expect.FOUND, "tphcm"),
        Arguments.of("TP. HCM", Expect.FOUND, "tphcm-joined"),
        Arguments.of("TPHCM", Expect.FOUND, "tphcm"),
        Arguments.of("TPHCM", Expect.FOUND, "tphcm-spaced"),
        Arguments.of("HCM", Expect.FOUND, "tphcm"),
        Arguments.of("HCM", Expect.FOUND, "tphcm-spaced"),
        Arguments.of("metro TP HCM", Expect.FIRST, "tphcm-spaced"));
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @MethodSource("cases")
  void behaves(String query, Expect expect, String id) throws Exception {
    SearchResults results = searcher.search(new SearchRequest(query, 1, 20));
    List<String> ranked = results.hits().stream().map(SearchHit::id).toList();
    assertThat(results.relaxed()).as("%s has partial matches only", query).isEqualTo(expect == Expect.PARTIAL);
    switch (expect) {
      case FIRST -> assertThat(ranked).as(query).isNotEmpty().first().isEqualTo(id);
      case FOUND -> assertThat(ranked).as(query).contains(id);
      case NOT_FOUND -> assertThat(ranked).as(query).doesNotContain(id);
      case NOTHING -> assertThat(ranked).as(query).isEmpty();
      case PARTIAL -> assertThat(ranked).as(query).contains(id);
    }
  }
}
