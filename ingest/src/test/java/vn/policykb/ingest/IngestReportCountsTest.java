package vn.policykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.pipeline.IngestReport;

class IngestReportCountsTest {

  @TempDir
  Path dataDir;

  @TempDir
  Path inputs;

  @Test
  void everyInputOfAMixedBatchIsCountedOnce() throws Exception {
    String seed = TestCorpus.read(TestCorpus.SEED_004);
    Files.writeString(inputs.resolve("a.txt"), seed);
    Files.writeString(inputs.resolve("b-copy.txt"), seed);
    Files.writeString(inputs.resolve("c-near.txt"), seed.replaceFirst("\n\n", "\n\nTOKYO (Kyodo) — Reprinted by"
        + " arrangement with the Vietnam News Agency; the original report follows in full below.\n\n"));
    Files.write(inputs.resolve("d-noise.txt"), new byte[] {(byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90});
    Files.write(inputs.resolve("e-empty.txt"), new byte[0]);
    Files.createSymbolicLink(inputs.resolve("f-loop.txt"), inputs.resolve("f-loop.txt"));
    Files.createSymbolicLink(inputs.resolve("g-dangling.txt"), inputs.resolve("nowhere.txt"));
    Files.writeString(inputs.resolve("h.jsonl"), "{\"id\": \"1\", \"text\": \"Bài một về kinh tế số.\"}\n"
        + "\uD83D\uDE00{\"id\": \"2\", \"text\": \"Bài hai.\"}\n"
        + "{\"id\": \"3\", \"text\": \"Bài ba về chuyển đổi số.\"}\n");
    Files.writeString(inputs.resolve(".hidden.txt"), "left out, not counted");
    int inputsGiven = 7 + 3;

    for (int pass = 1; pass <= 2; pass++) {
      try (DocumentIndex index = DocumentIndex.open(dataDir)) {
        IngestReport report = new Ingester(TestCorpus.pipeline(index), 2).ingestPaths(List.of(inputs));

        assertThat(report.read()).isEqualTo(inputsGiven).isEqualTo(report.entries().size())
            .isEqualTo(report.indexed() + report.duplicates() + report.nearDuplicates()
                + report.rejections().size() + report.skipped().size());
        if (pass == 1) {
          assertThat(report.added()).isEqualTo(3);
          assertThat(report.duplicates()).isEqualTo(1);
          assertThat(report.nearDuplicates()).isEqualTo(1);
        } else {
          // copies already indexed are unchanged documents the second time
          assertThat(report.unchanged()).isEqualTo(5);
          assertThat(report.indexed()).isEqualTo(5);
        }
        assertThat(report.rejections()).extracting(IngestReport.Rejection::path)
            .containsExactly("d-noise.txt", "h.jsonl line 2");
        assertThat(report.skipped()).extracting(IngestReport.Rejection::path)
            .containsExactly("e-empty.txt", "f-loop.txt", "g-dangling.txt");
        assertThat(report.summary()).endsWith("rejected 2, skipped 3");
      }
    }
  }
}
