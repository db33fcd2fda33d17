package vn.policykb.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.policykb.ingest.TestCorpus;

class IngestCliTest {

  @TempDir
  Path dataDir;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = IngestCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void ingestPrintsASummaryAndIsIdempotent() {
    Run first = run("ingest", "--data-dir", dataDir.toString(), TestCorpus.ARTICLES.toString());
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).startsWith("added 5, updated 0, unchanged 0, duplicate 0, near-duplicate 0, rejected 0, skipped 0; 5 documents in ");
    assertThat(first.err()).contains("100%").contains("MB/s").contains("ETA");

    Run second = run("ingest", "--no-progress", "--data-dir", dataDir.toString(), TestCorpus.ARTICLES.toString());
    assertThat(second.out()).startsWith("added 0, updated 0, unchanged 5, duplicate 0, near-duplicate 0, rejected 0, skipped 0; 5 documents in ");
    assertThat(second.err()).isEmpty();
  }

  @Test
  void rejectedFilesAreListedWithReasons(@TempDir Path inputs) throws Exception {
    Files.write(inputs.resolve("broken.txt"), new byte[] {(byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90});
    Files.writeString(inputs.resolve("ok.txt"), "Title line\n\nSome text about the private economy.");
    Run run = run("ingest", "--data-dir", dataDir.toString(), inputs.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("added 1, updated 0, unchanged 0, duplicate 0, near-duplicate 0, rejected 1")
        .contains("rejected broken.txt: not text in any supported encoding");
  }

  @Test
  void aMissingPathIsAClearError() {
    Run run = run("ingest", "--data-dir", dataDir.toString(), dataDir.resolve("nope").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("error: no such file or folder:");
  }

  @Test
  void missingOptionsExplainUsage() {
    Run run = run("ingest", "corpus");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--data-dir=DIR'");
  }

  @Test
  void aReportListsEachDocumentsStatus(@TempDir Path inputs) throws Exception {
    Files.writeString(inputs.resolve("a.txt"), "Title line\n\nSome text about the private economy.");
    Files.writeString(inputs.resolve("copy.txt"), "Title line\n\nSome text about the private economy.");
    Files.write(inputs.resolve("empty.txt"), new byte[0]);
    Path reportFile = inputs.resolve("out/report.json");
    Run run = run("ingest", "--no-progress", "--report", reportFile.toString(), "--data-dir", dataDir.toString(),
        inputs.toString());
    assertThat(run.exitCode()).isZero();
    var report = tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readString(reportFile));
    assertThat(report.get("added").asInt()).isEqualTo(1);
    assertThat(report.get("duplicate").asInt()).isEqualTo(1);
    assertThat(report.get("rejected").asInt()).isZero();
    assertThat(report.get("skipped").asInt()).isEqualTo(1);
    assertThat(report.get("documents")).extracting(d -> d.get("where").asString() + " " + d.get("status").asString())
        .containsExactly("a.txt added", "copy.txt duplicate", "empty.txt skipped");
    assertThat(report.get("documents").get(1).get("reason").asString()).startsWith("same text as ");
  }

  @Test
  void aDataSetLineBeginningWithAnEmojiIsRejectedInTheReportAndTheRestIsIngested(@TempDir Path inputs)
      throws Exception {
    Files.writeString(inputs.resolve("set.jsonl"), "\uFEFF{\"id\": \"a\", \"text\": \"Bài một về kinh tế số.\"}\n"
        + "\uD83D\uDE00{\"id\": \"b\", \"text\": \"Bài hai.\"}\n"
        + "{\"id\": \"c\", \"text\": \"Bài ba về chuyển đổi số.\"}\n");
    Path reportFile = inputs.resolve("out/report.json");
    Run run = run("ingest", "--no-progress", "--report", reportFile.toString(), "--data-dir", dataDir.toString(),
        inputs.resolve("set.jsonl").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("added 2, updated 0, unchanged 0, duplicate 0, near-duplicate 0, rejected 1, skipped 0")
        .contains("rejected set.jsonl line 2: not JSON: the line begins with U+1F600, not '{'");
    var report = tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readString(reportFile));
    assertThat(report.get("documents")).extracting(d -> d.get("where").asString() + " " + d.get("status").asString())
        .containsExactly("set.jsonl line 1 added", "set.jsonl line 2 rejected", "set.jsonl line 3 added");
  }

  @Test
  void emptyFilesAndBrokenLinksAreListedAsSkipped(@TempDir Path inputs) throws Exception {
    Files.writeString(inputs.resolve("a.txt"), "Title line\n\nSome text about the private economy.");
    Files.write(inputs.resolve("b-empty.txt"), new byte[0]);
    Files.createSymbolicLink(inputs.resolve("c-loop.txt"), inputs.resolve("c-loop.txt"));
    Files.createSymbolicLink(inputs.resolve("d-dangling.txt"), inputs.resolve("gone.txt"));
    Files.writeString(inputs.resolve(".hidden.txt"), "left out");
    Path reportFile = inputs.resolve("out/report.json");
    Run run = run("ingest", "--no-progress", "--report", reportFile.toString(), "--data-dir", dataDir.toString(),
        inputs.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("added 1, updated 0, unchanged 0, duplicate 0, near-duplicate 0, rejected 0, skipped 3")
        .contains("skipped b-empty.txt: empty file")
        .contains("skipped c-loop.txt: symbolic link loop")
        .contains("skipped d-dangling.txt: dangling symbolic link to " + inputs.resolve("gone.txt"));
    var report = tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readString(reportFile));
    assertThat(report.get("skipped").asInt()).isEqualTo(3);
    assertThat(report.get("documents")).extracting(d -> d.get("where").asString() + " " + d.get("status").asString()
            + (d.get("reason").isNull() ? "" : ": " + d.get("reason").asString()))
        .containsExactly("a.txt added", "b-empty.txt skipped: empty file", "c-loop.txt skipped: symbolic link loop",
            "d-dangling.txt skipped: dangling symbolic link to " + inputs.resolve("gone.txt"));
  }

  @Test
  void theSummaryAndReportShowNearDuplicates(@TempDir Path inputs) throws Exception {
    String seed = TestCorpus.read(TestCorpus.SEED_004);
    Files.writeString(inputs.resolve("a.txt"), seed);
    // another outlet's lead paragraph before the same article
    Files.writeString(inputs.resolve("b.txt"), seed.replaceFirst("\n\n", "\n\nTOKYO (Kyodo) — Reprinted by arrangement"
        + " with the Vietnam News Agency; the original report follows in full below.\n\n"));
    Path reportFile = inputs.resolve("out/report.json");
    Run run = run("ingest", "--no-progress", "--report", reportFile.toString(), "--data-dir", dataDir.toString(),
        inputs.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("added 1, updated 0, unchanged 0, duplicate 0, near-duplicate 1, rejected 0, skipped 0; 2 documents in ");
    var report = tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readString(reportFile));
    assertThat(report.get("nearDuplicate").asInt()).isEqualTo(1);
    var copy = report.get("documents").get(1);
    assertThat(copy.get("status").asString()).isEqualTo("near-duplicate");
    assertThat(copy.get("reason").asString()).isEqualTo("near-duplicate of " + report.get("documents").get(0).get("id").asString());
  }
}
