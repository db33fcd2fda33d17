package vn.policykb.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.pipeline.IngestReport;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.DocumentIds;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.search.DocumentSearcher;
import vn.policykb.search.Publication;
import vn.policykb.search.SearchHit;
import vn.policykb.search.SearchRequest;
import vn.policykb.search.SearchResults;

/**
 * Copies of one article published by several outlets, on the bundled articles: a copy with other
 * boilerplate is grouped with the first one read, and search shows the group once.
 */
class NearDuplicateIngestTest {

  @TempDir
  Path dataDir;

  @TempDir
  Path inputs;

  private static final String ORIGINAL = DocumentIds.fromKey(TestCorpus.SEED_000);
  private static final String COPY = DocumentIds.fromKey("copy-000.txt");

  /**
   * Seed 000 as another outlet runs it: its own dateline and lead paragraph, the closing paragraph
   * replaced by its own, a few words changed.
   */
  private static String syndicatedCopyOf000() throws Exception {
    List<String> paragraphs = new ArrayList<>(Arrays.asList(TestCorpus.read(TestCorpus.SEED_000).split("\n\n")));
    paragraphs.set(0, " date 2025-08-11 HÀ NỘI — Vietnamese experts living in the Republic of Korea met the Party"
        + " General Secretary in Seoul at the weekend, the foreign ministry said on Monday.");
    paragraphs.set(paragraphs.size() - 1, "This article first appeared in the print edition of our weekend"
        + " magazine; follow us for more news from the General Secretary's state visit. — Thanh Niên");
    String copy = String.join("\n\n", paragraphs)
        .replace("He was speaking at", "He spoke at")
        .replace("demonstrated", "showed")
        .replace("encouraged", "urged");
    assertThat(copy).isNotEqualTo(TestCorpus.read(TestCorpus.SEED_000));
    return copy;
  }

  private IngestReport ingest(DocumentIndex index, Path... paths) throws Exception {
    return new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(paths));
  }

  private IngestReport.Entry entry(IngestReport report, String where) {
    return report.entries().stream().filter(e -> e.where().equals(where)).findFirst().orElseThrow();
  }

  @Test
  void aSyndicatedCopyWithOtherBoilerplateIsANearDuplicateOfTheFirstRead() throws Exception {
    Files.writeString(inputs.resolve("copy-000.txt"), syndicatedCopyOf000());
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      IngestReport report = ingest(index, TestCorpus.ARTICLES.resolve(TestCorpus.SEED_000), inputs);

      assertThat(entry(report, TestCorpus.SEED_000).status()).isEqualTo("added");
      IngestReport.Entry copy = entry(report, "copy-000.txt");
      assertThat(copy.status()).isEqualTo("near-duplicate");
      assertThat(copy.reason()).isEqualTo("near-duplicate of " + ORIGINAL);
      assertThat(report.nearDuplicates()).isEqualTo(1);
      assertThat(report.summary()).isEqualTo("added 1, updated 0, unchanged 0, duplicate 0, near-duplicate 1, rejected 0, skipped 0");
    }
  }

  @Test
  void searchShowsTheGroupOnceWithTheCopyAsAlsoPublished() throws Exception {
    Files.writeString(inputs.resolve("copy-000.txt"), syndicatedCopyOf000());
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      ingest(index, TestCorpus.ARTICLES, inputs);
      DocumentSearcher searcher = new DocumentSearcher(index, TestCorpus.KB);

      SearchResults found = searcher.search(new SearchRequest("Vietnam Innovation Network in Korea", 1, 10));
      List<SearchHit> about000 = found.hits().stream()
          .filter(h -> h.id().equals(ORIGINAL) || h.id().equals(COPY)).toList();
      assertThat(about000).hasSize(1);
      SearchHit hit = about000.getFirst();
      String other = hit.id().equals(ORIGINAL) ? COPY : ORIGINAL;
      assertThat(hit.alsoPublishedBy()).extracting(Publication::id).containsExactly(other);
      assertThat(found.hits()).filteredOn(h -> !h.id().equals(hit.id()))
          .allSatisfy(h -> assertThat(h.alsoPublishedBy()).isEmpty());

      // six documents, five articles: the total counts articles, and pages slice that count
      SearchResults browse = searcher.search(new SearchRequest("", 1, 10));
      assertThat(index.count()).isEqualTo(6);
      assertThat(browse.total()).isEqualTo(5);
      assertThat(browse.hits()).hasSize(5);
      List<String> all = browse.hits().stream().map(SearchHit::id).toList();
      List<String> paged = new ArrayList<>();
      for (int page = 1; page <= 3; page++) {
        SearchResults slice = searcher.search(new SearchRequest("", page, 2));
        assertThat(slice.total()).isEqualTo(5);
        slice.hits().forEach(h -> paged.add(h.id()));
      }
      assertThat(paged).containsExactlyElementsOf(all);
    }
  }

  @Test
  void aCopyIsFoundAmongDocumentsCommittedBeforeAndReingestingChangesNothing() throws Exception {
    Files.writeString(inputs.resolve("copy-000.txt"), syndicatedCopyOf000());
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      ingest(index, TestCorpus.ARTICLES);
      IngestReport later = ingest(index, inputs);
      assertThat(entry(later, "copy-000.txt").reason()).isEqualTo("near-duplicate of " + ORIGINAL);

      DocumentSearcher searcher = new DocumentSearcher(index, TestCorpus.KB);
      SearchResults before = searcher.search(new SearchRequest("innovation", 1, 10));
      IngestReport again = ingest(index, TestCorpus.ARTICLES, inputs);
      assertThat(again.unchanged()).isEqualTo(6);
      assertThat(again.summary()).isEqualTo("added 0, updated 0, unchanged 6, duplicate 0, near-duplicate 0, rejected 0, skipped 0");
      assertThat(searcher.search(new SearchRequest("innovation", 1, 10))).isEqualTo(before);
    }
  }

  @Test
  void aCopyWithOtherToneMarksAndDecomposedLettersIsGrouped() throws Exception {
    String seed = TestCorpus.read(TestCorpus.SEED_002);
    // old-style tone marks, decomposed letters and another closing paragraph
    String copy = Normalizer.normalize(seed.replace("hóa", "hoá").replace("thủy", "thuỷ"), Normalizer.Form.NFD)
        + "\n\nTheo Báo Điện tử Chính phủ. Mời quý độc giả xem thêm các tin bài về chuyến thăm cấp Nhà nước.";
    Files.writeString(inputs.resolve("copy-002.txt"), copy);
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      IngestReport report = ingest(index, TestCorpus.ARTICLES, inputs);
      assertThat(entry(report, "copy-002.txt").reason())
          .isEqualTo("near-duplicate of " + DocumentIds.fromKey(TestCorpus.SEED_002));
    }
  }

  @Test
  void differentArticlesAboutTheSameEventAreNotGrouped() throws Exception {
    // 000 and 002 report one meeting in English and Vietnamese, 000 and 001 two days of one state
    // visit, 000 and 003 the same network: related, written apart
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      IngestReport report = ingest(index, TestCorpus.ARTICLES);
      assertThat(report.added()).isEqualTo(5);
      assertThat(report.nearDuplicates()).isZero();
      SearchResults browse = new DocumentSearcher(index, TestCorpus.KB).search(new SearchRequest("", 1, 10));
      assertThat(browse.total()).isEqualTo(5);
      assertThat(browse.hits()).allSatisfy(h -> assertThat(h.alsoPublishedBy()).isEmpty());
    }
    TextSignature visitDay1 = NearDuplicates.signatureOf(TestCorpus.read(TestCorpus.SEED_000)).orElseThrow();
    TextSignature visitDay3 = NearDuplicates.signatureOf(TestCorpus.read(TestCorpus.SEED_001)).orElseThrow();
    TextSignature network = NearDuplicates.signatureOf(TestCorpus.read(TestCorpus.SEED_003)).orElseThrow();
    assertThat(visitDay1.similarity(visitDay3)).isLessThan(0.1);
    assertThat(visitDay1.similarity(network)).isLessThan(0.1);
  }

  @Test
  void aStoryRewrittenByAnotherOutletIsNotGrouped() throws Exception {
    String first = """
        Chiều 12/8, tại Seoul, Tổng Bí thư Tô Lâm đã có buổi đối thoại với lãnh đạo các bộ, ngành và doanh \
        nghiệp công nghệ hàng đầu của Hàn Quốc về hợp tác khoa học, công nghệ, đổi mới sáng tạo và chuyển \
        đổi số. Tổng Bí thư đề nghị hai bên cùng xây dựng khung hợp tác chiến lược, tập trung vào trí tuệ \
        nhân tạo, bán dẫn và đào tạo nguồn nhân lực chất lượng cao. Phía Hàn Quốc cam kết tăng cường đầu tư \
        vào các trung tâm nghiên cứu và phát triển tại Việt Nam, đồng thời hỗ trợ các trường đại học Việt Nam \
        trong đào tạo kỹ sư vi mạch.""";
    String rewritten = """
        Hợp tác về trí tuệ nhân tạo, bán dẫn và đào tạo kỹ sư vi mạch là trọng tâm cuộc đối thoại mà Tổng \
        Bí thư Tô Lâm chủ trì tại thủ đô Seoul chiều thứ Ba. Tham dự có đại diện nhiều bộ của Hàn Quốc cùng \
        các tập đoàn công nghệ lớn. Theo Tổng Bí thư, Việt Nam mong muốn hai nước thiết lập một khuôn khổ \
        hợp tác mang tầm chiến lược trong khoa học, công nghệ và chuyển đổi số. Các doanh nghiệp Hàn Quốc \
        cho biết sẽ mở rộng trung tâm nghiên cứu tại Việt Nam và giúp các trường đại học đào tạo nhân lực.""";
    Files.writeString(inputs.resolve("a.txt"), first);
    Files.writeString(inputs.resolve("b.txt"), rewritten);
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      IngestReport report = ingest(index, inputs);
      assertThat(report.added()).isEqualTo(2);
    }
    assertThat(NearDuplicates.signatureOf(first).orElseThrow()
        .similarity(NearDuplicates.signatureOf(rewritten).orElseThrow())).isLessThan(0.2);
  }

  @Test
  void shortTextsAreNeverGrouped() throws Exception {
    // one word apart, but too short for a similarity to tell a copy from a notice of the same kind
    Files.writeString(inputs.resolve("a.txt"), "Thông báo\n\nCổng thông tin tạm ngừng hoạt động từ 22 giờ ngày 12/8 để bảo trì hệ thống.");
    Files.writeString(inputs.resolve("b.txt"), "Thông báo\n\nCổng thông tin tạm ngừng hoạt động từ 22 giờ ngày 13/8 để bảo trì hệ thống.");
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      IngestReport report = ingest(index, inputs);
      assertThat(report.added()).isEqualTo(2);
      assertThat(new DocumentSearcher(index, TestCorpus.KB).search(new SearchRequest("bảo trì", 1, 10)).total()).isEqualTo(2);
    }
    assertThat(NearDuplicates.signatureOf("Cổng thông tin tạm ngừng hoạt động từ 22 giờ ngày 12/8 để bảo trì.")).isEmpty();
  }

  @Test
  void anExactCopyOfANearCopyJoinsTheOriginalsGroup() throws Exception {
    String copy = syndicatedCopyOf000();
    Files.writeString(inputs.resolve("copy-000.txt"), copy);
    Files.writeString(inputs.resolve("copy-of-copy.txt"), copy.replace(" date 2025-08-11", " date 2025-08-12"));
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      IngestReport report = ingest(index, TestCorpus.ARTICLES.resolve(TestCorpus.SEED_000), inputs);
      assertThat(entry(report, "copy-of-copy.txt").reason()).isEqualTo("same text as " + COPY);

      SearchResults found = new DocumentSearcher(index, TestCorpus.KB).search(new SearchRequest("Vietnam Innovation Network", 1, 10));
      assertThat(found.total()).isEqualTo(1);
      SearchHit hit = found.hits().getFirst();
      // an exact copy never shows as a result; with the near copy it is listed under the original
      assertThat(hit.id()).isIn(ORIGINAL, COPY);
      assertThat(hit.alsoPublishedBy()).extracting(Publication::id)
          .containsExactlyInAnyOrder(hit.id().equals(ORIGINAL) ? COPY : ORIGINAL,
              DocumentIds.fromKey("copy-of-copy.txt"));
    }
  }
}
