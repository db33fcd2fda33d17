package vn.policykb.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.crawl.IndexContents;

/**
 * An ingest killed with SIGKILL at moments drawn from a seeded schedule, then run again to the end,
 * leaves the index an uninterrupted run leaves: the same documents, the same groups of copies with
 * the same original (the first read), and a clean index.
 */
class KilledIngestTest {

  private static final int ARTICLES = 800;
  private static final int COMMIT_EVERY = 50;

  @Test
  void aKilledIngestRunAgainEqualsAnUninterruptedOne(@TempDir Path temp) throws Exception {
    Path jsonl = dataSet(temp.resolve("articles.jsonl"));

    Path uninterrupted = temp.resolve("uninterrupted");
    long start = System.nanoTime();
    Process whole = ingest(jsonl, uninterrupted, temp.resolve("uninterrupted.log"));
    assertThat(whole.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(whole.exitValue()).isZero();
    long runMillis = (System.nanoTime() - start) / 1_000_000;

    Path killed = temp.resolve("killed");
    Random schedule = new Random(20261204);
    int kills = 0;
    for (int attempt = 0; attempt < 3; attempt++) {
      Process child = ingest(jsonl, killed, temp.resolve("child-" + attempt + ".log"));
      // somewhere between the start (the registries loading) and the end of a whole run
      Thread.sleep((long) (runMillis * (0.2 + 0.6 * schedule.nextDouble())));
      if (child.isAlive()) {
        child.destroyForcibly();
        kills++;
      }
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    Process last = ingest(jsonl, killed, temp.resolve("last.log"));
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(temp.resolve("last.log"))).isZero();

    assertThat(kills).as("the schedule killed runs mid-way").isGreaterThanOrEqualTo(2);
    assertThat(Files.readString(temp.resolve("last.log"))).as("the last run found work done before it")
        .containsPattern("unchanged [1-9]");
    Map<String, IndexContents.Indexed> expected = IndexContents.indexed(uninterrupted);
    assertThat(expected).hasSize(ARTICLES);
    Map<String, IndexContents.Indexed> actual = IndexContents.indexed(killed);
    List<String> differences = expected.keySet().stream().filter(id -> !expected.get(id).equals(actual.get(id)))
        .map(id -> id + ": " + expected.get(id) + " but " + actual.get(id)).toList();
    assertThat(differences).as("documents that differ from the uninterrupted run").isEmpty();
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    try (FSDirectory dir = FSDirectory.open(killed.resolve("index")); CheckIndex check = new CheckIndex(dir)) {
      check.setInfoStream(null);
      assertThat(check.checkIndex().clean).isTrue();
    }
  }

  private static Process ingest(Path jsonl, Path dataDir, Path log) throws IOException {
    return new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"), "vn.policykb.ingest.cli.IngestCli",
        "ingest", "--no-progress", "--commit-every", String.valueOf(COMMIT_EVERY), "--data-dir", dataDir.toString(),
        jsonl.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /**
   * The bundled articles retold many times: each article a seed's paragraphs with a lead of its
   * own (near copies of one another, whose original is the first read), every seventh an exact
   * copy of an earlier one under another id.
   */
  private static Path dataSet(Path file) throws IOException {
    List<List<String>> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(TestCorpus.ARTICLES)) {
      for (Path seed : files.sorted().toList()) {
        seeds.add(List.of(Files.readString(seed).strip().split("\\n\\s*\\n")));
      }
    }
    JsonMapper json = JsonMapper.builder().build();
    List<String> texts = new ArrayList<>();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < ARTICLES; i++) {
      String text;
      if (i % 7 == 6) {
        text = texts.get(i - 3);
      } else {
        List<String> paragraphs = seeds.get(i % seeds.size());
        StringBuilder body = new StringBuilder("Bản tin số " + i + " gửi bạn đọc lúc " + (i % 24) + " giờ.");
        for (int p = 1; p < paragraphs.size(); p++) {
          // every tenth article drops a paragraph: a near copy rather than the same text
          if (i % 10 != 0 || p != paragraphs.size() / 2) {
            body.append("\n\n").append(paragraphs.get(p));
          }
        }
        text = body.toString();
      }
      texts.add(text);
      lines.append(json.writeValueAsString(Map.of("id", "a" + i, "title", "Tin số " + i, "text", text,
          "lang", (i % seeds.size()) % 2 == 0 ? "en" : "vi"))).append('\n');
    }
    Files.writeString(file, lines);
    return file;
  }
}
