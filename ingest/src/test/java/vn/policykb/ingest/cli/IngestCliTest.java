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
    assertThat(first.out()).startsWith("added 5, updated 0, unchanged 0, rejected 0; 5 documents in ");

    Run second = run("ingest", "--data-dir", dataDir.toString(), TestCorpus.ARTICLES.toString());
    assertThat(second.out()).startsWith("added 0, updated 0, unchanged 5, rejected 0; 5 documents in ");
  }

  @Test
  void rejectedFilesAreListedWithReasons(@TempDir Path inputs) throws Exception {
    Files.write(inputs.resolve("broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
    Files.writeString(inputs.resolve("ok.txt"), "Title line\n\nSome text about the private economy.");
    Run run = run("ingest", "--data-dir", dataDir.toString(), inputs.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("added 1, updated 0, unchanged 0, rejected 1")
        .contains("rejected broken.txt: not valid UTF-8");
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
}
