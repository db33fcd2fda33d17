package vn.policykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.policykb.search.DocumentReader;
import vn.policykb.search.DocumentSearcher;
import vn.policykb.search.StoredDocument;
import vn.policykb.search.SearchHit;
import vn.policykb.search.SearchRequest;
import vn.policykb.search.SearchResults;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.pipeline.IngestReport;
import vn.policykb.ingest.pipeline.IngestReport.Rejection;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.ingest.enrich.EnrichedArticle;
import vn.policykb.ingest.enrich.Enrichment;
import vn.policykb.ingest.enrich.EnrichmentStep;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.index.IndexLockedException;

class IngesterTest {

  @TempDir
  Path dataDir;

  @TempDir
  Path inputs;

  @Test
  void ingestingTheCorpusTwiceLeavesFiveDocuments() throws Exception {
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      IngestReport first = new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(TestCorpus.ARTICLES));
      assertThat(first.added()).isEqualTo(5);
      assertThat(first.rejections()).isEmpty();

      IngestReport second = new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(TestCorpus.ARTICLES));
      assertThat(second.added()).isZero();
      assertThat(second.updated()).isZero();
      assertThat(second.unchanged()).isEqualTo(5);
      assertThat(index.count()).isEqualTo(5);
    }
  }

  @Test
  void theIndexKeepsItsDocumentsAcrossReopening() throws Exception {
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(TestCorpus.ARTICLES));
    }
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      assertThat(index.count()).isEqualTo(5);
      IngestReport again = new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(TestCorpus.ARTICLES));
      assertThat(again.unchanged()).isEqualTo(5);
      assertThat(again.summary()).isEqualTo("added 0, updated 0, unchanged 5, duplicate 0, near-duplicate 0, rejected 0, skipped 0");
    }
  }

  @Test
  void aChangedFileIsUpdatedInPlace() throws Exception {
    Path file = inputs.resolve("note.txt");
    Files.writeString(file, " date 2025-05-04 Private economy\n\nThe first version.");
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      Ingester ingester = new Ingester(TestCorpus.pipeline(index));
      assertThat(ingester.ingestPaths(List.of(inputs)).added()).isEqualTo(1);

      Files.writeString(file, " date 2025-05-04 Private economy\n\nThe second version.");
      IngestReport report = ingester.ingestPaths(List.of(inputs));
      assertThat(report.updated()).isEqualTo(1);
      assertThat(report.added()).isZero();
      assertThat(index.count()).isEqualTo(1);
    }
  }

  @Test
  void badFilesAreReportedWithTheirReasonAndTheRestIsIndexed() throws Exception {
    Files.writeString(inputs.resolve("good.txt"), "Kinh tế tư nhân\n\nNghị quyết 68 về phát triển kinh tế tư nhân.");
    Files.write(inputs.resolve("empty.txt"), new byte[0]);
    Files.write(inputs.resolve("tcvn3.txt"), new byte[] {'N', 'i', 'n', 'h', ' ', 'B', (byte) 0xD7, 'n', 'h', ' ', 'v', (byte) 0xB5, ' ', 'H', (byte) 0xB5, ' ', 'N', (byte) 0xE9, 'i'});
    Files.write(inputs.resolve("noise.txt"), new byte[] {(byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D, (byte) 0x81});
    Files.write(inputs.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    Files.writeString(inputs.resolve("table.csv"), "a,b\n1,2\n");
    Files.writeString(inputs.resolve(".hidden.txt"), "not ingested");

    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      IngestReport report = new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(inputs));
      // the TCVN3 file is converted, not rejected
      assertThat(report.added()).isEqualTo(2);
      assertThat(report.rejections()).extracting(Rejection::path)
          .containsExactlyInAnyOrder("noise.txt", "binary.txt", "table.csv");
      // an empty file is passed over unread, and says so
      assertThat(report.skipped()).containsExactly(new Rejection("empty.txt", "empty file"));
      assertThat(report.rejections()).extracting(Rejection::reason).satisfiesExactlyInAnyOrder(
          r -> assertThat(r).startsWith("not text in any supported encoding"),
          r -> assertThat(r).startsWith("not text in any supported encoding"),
          r -> assertThat(r).startsWith("unsupported file type; supported: .txt, .html"));
      assertThat(index.count()).isEqualTo(2);
      SearchResults found = new DocumentSearcher(index, TestCorpus.KB).search(new SearchRequest("Ninh Bình", 1, 10));
      assertThat(found.hits()).extracting(SearchHit::title).anyMatch(t -> t.contains("Ninh Bình và Hà Nội"));
    }
  }

  @Test
  void filesParsedOnSeveralThreadsAreReportedInTheOrderTheyWereRead() throws Exception {
    // pages of the seed stories, so that later ones are copies of earlier ones: which is the
    // original depends on the order they are decided in
    List<String> seeds = List.of(TestCorpus.SEED_000, TestCorpus.SEED_001, TestCorpus.SEED_002, TestCorpus.SEED_003, TestCorpus.SEED_004);
    for (int i = 0; i < 40; i++) {
      StringBuilder page = new StringBuilder("<html><head><title>Tin " + i + "</title></head><body><article>");
      page.append("<p>Bản tin số ").append(i).append(" của một tờ báo.</p>");
      for (String paragraph : TestCorpus.read(seeds.get(i % seeds.size())).split("\n\\s*\n")) {
        page.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
      }
      Files.writeString(inputs.resolve(String.format("p%02d.html", i)), page.append("</article></body></html>"));
    }
    Files.write(inputs.resolve("p10.txt"), new byte[0]);
    Files.write(inputs.resolve("p20.pdf"), "%PDF-1.7 cut short".getBytes(StandardCharsets.US_ASCII));
    Files.write(inputs.resolve("p30.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
    List<IngestReport.Entry> single;
    try (DocumentIndex index = DocumentIndex.open(dataDir.resolve("one"))) {
      single = new Ingester(TestCorpus.pipeline(index), 1).ingestPaths(List.of(inputs)).entries();
    }
    try (DocumentIndex index = DocumentIndex.open(dataDir.resolve("four"))) {
      IngestReport parallel = new Ingester(TestCorpus.pipeline(index), 4).ingestPaths(List.of(inputs));

      assertThat(parallel.entries()).isEqualTo(single);
      assertThat(parallel.rejections()).extracting(Rejection::path).containsExactly("p20.pdf", "p30.html.gz");
      assertThat(parallel.skipped()).extracting(Rejection::path).containsExactly("p10.txt");
      assertThat(parallel.added()).isEqualTo(5);
      assertThat(parallel.added() + parallel.duplicates() + parallel.nearDuplicates()).isEqualTo(40);
    }
  }

  @Test
  void writingOnSeveralThreadsDecidesAsOneThreadDoes() throws Exception {
    // exact and near copies of texts among others: the first read is the original, whatever
    // thread writes it, and a copy sees originals that no searcher sees yet
    String story = TestCorpus.read(TestCorpus.SEED_002);
    JsonMapper json = JsonMapper.builder().build();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      String text = i % 7 == 3 ? "Bản sao của cùng một bài viết về kinh tế tư nhân."
          : i % 10 == 5 ? "Bản tin số " + i + " của một tờ báo khác đăng lại bài viết. " + story
          : "Bài số " + i + " về đổi mới sáng tạo.";
      lines.append(json.writeValueAsString(Map.of("id", "a" + i, "title", "Tin " + i, "text", text))).append('\n');
    }
    Files.writeString(inputs.resolve("set.jsonl"), lines);
    List<IngestReport.Entry> single;
    Set<Set<String>> singleGroups;
    try (DocumentIndex index = DocumentIndex.open(dataDir.resolve("one"))) {
      single = new Ingester(TestCorpus.pipeline(index), 1).ingestPaths(List.of(inputs)).entries();
      singleGroups = groups(index);
    }
    try (DocumentIndex index = DocumentIndex.open(dataDir.resolve("four"))) {
      IngestReport parallel = new Ingester(TestCorpus.pipeline(index), 4).ingestPaths(List.of(inputs));
      assertThat(parallel.entries()).isEqualTo(single);
      // 42 exact copies; 30 near copies less the 4 that are exact ones, the first an original
      assertThat(parallel.duplicates()).isEqualTo(42);
      assertThat(parallel.nearDuplicates()).isEqualTo(25);
      assertThat(parallel.added()).isEqualTo(300 - 42 - 25);
      assertThat(parallel.entries()).filteredOn(e -> e.status().equals("near-duplicate"))
          .extracting(IngestReport.Entry::reason).containsOnly("near-duplicate of " + single.get(5).id());
      assertThat(index.count()).isEqualTo(300);
      assertThat(groups(index)).isEqualTo(singleGroups).hasSize(300 - 42 - 25);
      IngestReport again = new Ingester(TestCorpus.pipeline(index), 4).ingestPaths(List.of(inputs));
      assertThat(again.unchanged()).isEqualTo(300);
      assertThat(groups(index)).isEqualTo(singleGroups);
    }
  }

  @Test
  void ofVersionsOfOneDocumentReadInOneBatchTheLastIsKept() throws Exception {
    // versions of one document among others, written on several threads: the index must end
    // with the last version read, as it does when one thread writes them in order
    JsonMapper json = JsonMapper.builder().build();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      lines.append(json.writeValueAsString(Map.of("id", "other-" + i, "title", "Tin " + i,
          "text", "Bài số " + i + " về chuyển đổi số và đổi mới sáng tạo."))).append('\n');
      lines.append(json.writeValueAsString(Map.of("id", "changing", "title", "Bản tin",
          "text", "Phiên bản thứ " + i + " của bản tin về kinh tế tư nhân."))).append('\n');
    }
    Files.writeString(inputs.resolve("versions.jsonl"), lines);
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      IngestReport report = new Ingester(TestCorpus.pipeline(index), 4).ingestPaths(List.of(inputs));

      assertThat(report.added()).isEqualTo(201);
      assertThat(report.updated()).isEqualTo(199);
      assertThat(index.count()).isEqualTo(201);
      String changing = report.entries().getLast().id();
      assertThat(new DocumentReader(index).document(changing)).get()
          .extracting(StoredDocument::body).isEqualTo("Phiên bản thứ 199 của bản tin về kinh tế tư nhân.");
    }
  }

  @Test
  void aTruncatedDocumentIsReadBackAsTruncated() throws Exception {
    Article whole = new Article("w1", "whole.docx", "whole.docx", null, "Văn bản", "Nội dung đầy đủ của văn bản.", "vi",
        null, null, null, null, null, List.of());
    Article cut = new Article("t1", "cut.docx", "cut.docx", null, "Văn bản dài", "Phần đầu của một văn bản rất dài.",
        "vi", null, null, null, null, null, List.of(), true);
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      index.write(TestCorpus.ENRICHMENT.enrich(whole));
      index.write(TestCorpus.ENRICHMENT.enrich(cut));
      index.commit();
      DocumentReader reader = new DocumentReader(index);
      assertThat(reader.document("t1")).get().extracting(StoredDocument::truncated).isEqualTo(true);
      assertThat(reader.document("w1")).get().extracting(StoredDocument::truncated).isEqualTo(false);
    }
  }

  @Test
  void aDocumentTheEnrichmentFailsOnIsReportedWithItsOwnReasonAndTheRestIsIndexed() throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      lines.append(json.writeValueAsString(Map.of("id", "n" + i, "title", "Tin " + i,
          "text", (i == 137 ? "Văn bản hỏng. " : "") + "Bài số " + i + " về kinh tế số."))).append('\n');
    }
    Files.writeString(inputs.resolve("a.jsonl"), lines);
    Files.writeString(inputs.resolve("b.txt"), "Kinh tế tư nhân\n\nNghị quyết 68 về phát triển kinh tế tư nhân.");
    EnrichmentStep failing = new EnrichmentStep() {
      @Override
      public String name() {
        return "failing";
      }

      @Override
      public EnrichedArticle apply(EnrichedArticle document) {
        if (document.article().body().startsWith("Văn bản hỏng")) {
          throw new IllegalStateException("no sentence fits");
        }
        return document;
      }
    };
    List<EnrichmentStep> steps = new java.util.ArrayList<>(TestCorpus.ENRICHMENT.steps());
    steps.add(1, failing);
    Enrichment enrichment = new Enrichment(steps);
    for (int threads : new int[] {1, 4}) {
      try (DocumentIndex index = DocumentIndex.open(dataDir.resolve("t" + threads))) {
        IngestReport report = new Ingester(new Pipeline(index, enrichment), threads).ingestPaths(List.of(inputs));

        assertThat(report.added()).isEqualTo(300);
        assertThat(report.rejections()).singleElement().satisfies(rejection -> {
          assertThat(rejection.path()).isEqualTo("a.jsonl line 138");
          assertThat(rejection.reason()).isEqualTo("could not be enriched: java.lang.IllegalStateException: no sentence fits");
        });
        assertThat(report.entries()).extracting(IngestReport.Entry::where).startsWith("a.jsonl line 1").endsWith("b.txt");
        assertThat(index.count()).isEqualTo(300);
      }
    }
  }

  /** Each result's group: its id and the ids it lists as also published by. */
  private static Set<Set<String>> groups(DocumentIndex index) throws Exception {
    Set<Set<String>> groups = new HashSet<>();
    DocumentSearcher searcher = new DocumentSearcher(index, TestCorpus.KB);
    for (int page = 1; ; page++) {
      SearchResults results = searcher.search(new SearchRequest("", page, 100));
      if (results.hits().isEmpty()) {
        return groups;
      }
      for (SearchHit hit : results.hits()) {
        Set<String> group = new HashSet<>();
        group.add(hit.id());
        hit.alsoPublishedBy().forEach(p -> group.add(p.id()));
        groups.add(group);
      }
    }
  }

  @Test
  void aSecondWriterIsToldWhoHoldsTheIndex() throws Exception {
    try (DocumentIndex ignored = DocumentIndex.open(dataDir)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocumentIndex.open(dataDir))
          .isInstanceOf(IndexLockedException.class)
          .hasMessageContaining("is open in another process");
    }
  }
}
