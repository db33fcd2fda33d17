package vn.policykb.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.policykb.ingest.TestCorpus;

class ExtractCommandTest {

  private static List<JsonNode> extract(Path... paths) {
    CommandLine cli = IngestCli.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    String[] args = new String[paths.length + 1];
    args[0] = "extract";
    for (int i = 0; i < paths.length; i++) {
      args[i + 1] = paths[i].toString();
    }
    assertThat(cli.execute(args)).isZero();
    JsonMapper json = JsonMapper.builder().build();
    return out.toString().lines().map(json::readTree).toList();
  }

  @Test
  void theSeedsCiteTheResolutionsTheirTextNames() {
    Map<String, String> resolutions = new TreeMap<>();
    for (JsonNode doc : extract(TestCorpus.ARTICLES)) {
      resolutions.put(doc.get("path").asString().substring(0, 3), doc.get("resolutions").toString());
      assertThat(doc.has("title") && doc.has("body") && doc.has("lang") && doc.has("citations")).isTrue();
    }
    assertThat(resolutions).containsExactly(
        Map.entry("000", "[\"57\",\"59\",\"66\",\"68\"]"),
        Map.entry("001", "[]"),
        Map.entry("002", "[]"),
        Map.entry("003", "[\"57\"]"),
        Map.entry("004", "[\"57\"]"));
  }

  @Test
  void otherLegalDocumentsAreCitations() {
    JsonNode seed003 = extract(TestCorpus.ARTICLES.resolve(TestCorpus.SEED_003)).getFirst();
    assertThat(seed003.get("citations").toString()).contains("1131/qd-ttg");
    assertThat(seed003.get("lang").asString()).isEqualTo("en");
  }

  @Test
  void aRejectedInputPrintsItsReason(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    JsonNode only = extract(dir).getFirst();
    assertThat(only.get("path").asString()).isEqualTo("empty.txt");
    assertThat(only.get("rejected").asString()).isEqualTo("empty file");
  }
}
