package vn.policykb.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.index.IndexSchema;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.enrich.EnrichedArticle;
import vn.policykb.ingest.index.DocumentBuilder;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.index.WriteOutcome;
import vn.policykb.ingest.pipeline.IngestReport;
import vn.policykb.ingest.pipeline.PipelineListener;
import vn.policykb.ingest.pipeline.PipelineRun;
import vn.policykb.ingest.pipeline.Submission;
import vn.policykb.ingest.policy.PolicyDocumentParser;
import vn.policykb.ingest.policy.PolicyFiles;

class TruncatedDocumentTest {

  private static final PolicyDocumentParser SMALL = new PolicyDocumentParser(
      new PolicyDocumentParser.Limits(10L * 1024 * 1024, 2_000, Duration.ofSeconds(20)));

  @TempDir
  Path dataDir;

  private static byte[] longDocx() {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      paragraphs.add("Đoạn " + i + ": nội dung của văn bản dài hơn giới hạn ký tự của bộ đọc.");
    }
    return PolicyFiles.docx(-1, paragraphs);
  }

  @Test
  void aDocumentCutAtTheCharacterLimitIsMarkedTruncated() throws Exception {
    Article cut = OfficeArticleReader.read(SMALL, "long.docx", longDocx(), null, null);
    assertThat(cut.truncated()).isTrue();
    assertThat(cut.body().length()).isLessThanOrEqualTo(2_000);

    Article whole = OfficeArticleReader.read(new PolicyDocumentParser(), "long.docx", longDocx(), null, null);
    assertThat(whole.truncated()).isFalse();
    assertThat(whole.body()).contains("Đoạn 299");
  }

  @Test
  void theFlagIsStoredAndOnlyATruncatedDocumentHashesDifferently() throws Exception {
    Article cut = OfficeArticleReader.read(SMALL, "long.docx", longDocx(), null, null);
    Article same = new Article(cut.id(), cut.key(), cut.path(), cut.url(), cut.title(), cut.body(), cut.lang(),
        cut.date(), cut.dateline(), cut.source(), cut.author(), cut.summary(), cut.captions());
    assertThat(same.truncated()).isFalse();

    Document stored = DocumentBuilder.toDocument(EnrichedArticle.of(cut), "h");
    assertThat(stored.get(IndexSchema.TRUNCATED)).isEqualTo("true");
    assertThat(DocumentBuilder.toDocument(EnrichedArticle.of(same), "h").getField(IndexSchema.TRUNCATED)).isNull();
    assertThat(DocumentIndex.fingerprint(EnrichedArticle.of(cut)).hash())
        .isNotEqualTo(DocumentIndex.fingerprint(EnrichedArticle.of(same)).hash());
  }

  @Test
  void theReportSaysWhereADocumentWasCut() throws Exception {
    Article cut = OfficeArticleReader.read(SMALL, "long.docx", longDocx(), null, null);
    Files.createDirectories(dataDir);
    IngestReport report = new IngestReport();
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      try (PipelineRun run = TestCorpus.pipeline(index).start(1, 10, PipelineListener.reporting(report))) {
        run.submit(Submission.of(new ReadOutcome.Document("long.docx", cut)));
      }
    }
    assertThat(report.added()).isEqualTo(1);
    assertThat(report.entries()).singleElement().satisfies(entry -> {
      assertThat(entry.status()).isEqualTo(IngestReport.status(WriteOutcome.ADDED));
      assertThat(entry.reason()).isEqualTo("truncated at 10000000 characters");
    });
  }
}
