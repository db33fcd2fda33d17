package vn.policykb.ingest.policy;

import vn.policykb.ingest.TestCorpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.pipeline.IngestReport;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.search.DocumentSearcher;
import vn.policykb.search.SearchHit;
import vn.policykb.search.SearchRequest;

class PolicyIngestTest {

  @TempDir
  Path inputs;

  @TempDir
  Path dataDir;

  @Test
  void aPolicyPdfIsIndexedAndABrokenOneReportedWhileTheBatchGoesOn() throws Exception {
    Files.write(inputs.resolve("57-nq-tw.pdf"), PolicyFiles.pdfRowByRow(PolicyDocumentParserTest.RESOLUTION_LEFT,
        PolicyDocumentParserTest.RESOLUTION_RIGHT, PolicyDocumentParserTest.RESOLUTION_BODY));
    Files.write(inputs.resolve("locked.pdf"), PolicyFiles.encryptedPdf("secret", List.of("Nội dung mật")));
    Files.writeString(inputs.resolve("note.txt"), "Ghi chú\n\nNghị quyết 57 về khoa học và công nghệ.");

    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      IngestReport report = new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(inputs));

      assertThat(report.added()).isEqualTo(2);
      assertThat(report.rejections()).singleElement().satisfies(r -> {
        assertThat(r.path()).isEqualTo("locked.pdf");
        assertThat(r.reason()).containsIgnoringCase("encrypted");
      });
      List<SearchHit> hits = new DocumentSearcher(index, TestCorpus.KB).search(new SearchRequest("57/NQ-TW resolution:57", 1, 10)).hits();
      assertThat(hits).extracting(SearchHit::title).anyMatch(t -> t.startsWith("Nghị quyết về đột phá"));
    }
  }
}
