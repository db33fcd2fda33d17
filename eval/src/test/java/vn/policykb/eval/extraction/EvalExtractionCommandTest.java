package vn.policykb.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;
import vn.policykb.eval.cli.EvalCli;
import vn.policykb.ingest.html.ArticleExtractor;
import vn.policykb.ingest.html.NewsPages;

class EvalExtractionCommandTest {

  @TempDir
  Path folder;

  private String run(String... args) {
    CommandLine cli = new CommandLine(new EvalCli());
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute(args)).isZero();
    return out.toString();
  }

  @Test
  void scoresPlainAndGzippedPagesAgainstTheTruth() throws Exception {
    Path pages = Files.createDirectories(folder.resolve("html"));
    Files.writeString(pages.resolve("people.html"), NewsPages.PEOPLE_STYLE);
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(pages.resolve("english.html.gz")))) {
      gz.write(NewsPages.ENGLISH_STYLE.getBytes(StandardCharsets.UTF_8));
    }
    Map<String, Map<String, String>> truth = new LinkedHashMap<>();
    truth.put("people", Map.of("articleBody", ArticleExtractor.extract(NewsPages.PEOPLE_STYLE).body(), "url", "https://a.example.vn/1"));
    // the true text of this page lacks its last paragraph: extraction loses precision, not recall
    String english = ArticleExtractor.extract(NewsPages.ENGLISH_STYLE).body();
    truth.put("english", Map.of("articleBody", english.substring(0, english.lastIndexOf("\n\n")), "url", "https://b.example.com/2"));
    Path truthFile = folder.resolve("truth.json");
    Files.writeString(truthFile, JsonMapper.builder().build().writeValueAsString(truth));

    String out = run("eval-extraction", "--pages", pages.toString(), "--truth", truthFile.toString(), "--verbose");

    assertThat(out).contains("people  P 1.000  R 1.000  F1 1.000  exact");
    assertThat(out).containsPattern("english  P 0\\.\\d{3}  R 1\\.000");
    assertThat(out).containsPattern("pages 2  precision 0\\.\\d{4}  recall 1\\.0000  F1 0\\.\\d{4}  accuracy 0\\.5000");
  }

  @Test
  void withoutVerboseOnlyTotalsArePrinted() throws Exception {
    Path pages = Files.createDirectories(folder.resolve("html"));
    Files.writeString(pages.resolve("only.html"), NewsPages.PEOPLE_STYLE);
    Path truthFile = folder.resolve("truth.json");
    Files.writeString(truthFile, "{\"only\": {\"articleBody\": \"Hội nghị tổng kết năm năm\"}}");
    String out = run("eval-extraction", "--pages", pages.toString(), "--truth", truthFile.toString());
    assertThat(out.strip().lines()).hasSize(1);
    assertThat(out).startsWith("pages 1  precision ");
  }

  @Test
  void devSetsArePrintedPerHalfWithTheWorstPages() throws Exception {
    Path shingles = Files.createDirectories(folder.resolve("zyte/html"));
    Files.writeString(shingles.resolve("people.html"), NewsPages.PEOPLE_STYLE);
    Files.writeString(shingles.resolve("english.html"), NewsPages.ENGLISH_STYLE);
    Map<String, Map<String, String>> truth = new LinkedHashMap<>();
    truth.put("people", Map.of("articleBody", ArticleExtractor.extract(NewsPages.PEOPLE_STYLE).body()));
    // a long article none of which is extracted: lost
    truth.put("english", Map.of("articleBody", "Nothing of this is on the page at all, not one word of it. ".repeat(10)));
    Files.writeString(folder.resolve("zyte/ground-truth.json"), JsonMapper.builder().build().writeValueAsString(truth));

    Path segments = Files.createDirectories(folder.resolve("wild/html"));
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(segments.resolve("abc.html.gz")))) {
      gz.write(NewsPages.PEOPLE_STYLE.getBytes(StandardCharsets.UTF_8));
    }
    String first = ArticleExtractor.extract(NewsPages.PEOPLE_STYLE).body().split("\n\n")[0];
    Files.writeString(folder.resolve("wild/evaldata.json"), JsonMapper.builder().build().writeValueAsString(Map.of(
        "https://a.example.vn/1", Map.of("file", "abc.html.gz", "with", java.util.List.of(first.substring(0, 40), "không có"),
            "without", java.util.List.of("Giấy phép số")))));

    String out = run("eval-extraction", "--shingles", folder.resolve("zyte").toString(),
        "--segments", folder.resolve("wild").toString(), "--worst", "5");

    // both keys fall in the tune half: CRC-32 even
    assertThat(out).containsPattern("(?m)^tune   pages   2  precision \\d\\.\\d{4}  recall 0\\.5000 .* lost 1$");
    assertThat(out).containsPattern("(?m)^check  pages   0 ");
    assertThat(out).containsPattern("(?m)^all    pages   2 ");
    assertThat(out).contains("english  P 0.000  R 0.000  F1 0.000").contains("LOST");
    assertThat(out.indexOf("english  P")).isLessThan(out.indexOf("people  P"));
    assertThat(out).containsPattern("(?m)^all    pages   1  precision 1\\.0000  recall 0\\.5000 .*\\(found 1 missed 1 leaked 0\\)");
    assertThat(out).contains("https://a.example.vn/1  missed 1/2  leaked 0/1");
  }
}
