package vn.policykb.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.policykb.ingest.html.ArticleExtractor;
import vn.policykb.eval.extraction.ExtractionScore;
import vn.policykb.eval.extraction.DevSetEvaluation;
import vn.policykb.eval.extraction.ExtractionSummary;
import vn.policykb.eval.extraction.PageFiles;

@Command(
    name = "eval-extraction",
    mixinStandardHelpOptions = true,
    description = {
        "Measures article extraction against known article texts.",
        "Each page KEY.html or KEY.html.gz in --pages is extracted and its body compared with"
            + " {KEY: {\"articleBody\": ..., \"url\": ...}} from --truth, as multisets of word 4-grams.",
        "Prints precision, recall and F1 (means over pages) and the share of pages extracted word for word.",
        "With --shingles and/or --segments instead, scores development sets split into a tune and a check half"
            + " (CRC-32 of the page key, even or odd): per half and whole, then the worst pages of each half."})
final class EvalExtractionCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--pages", paramLabel = "DIR", description = "folder of KEY.html or KEY.html.gz files")
  Path pages;

  @Option(names = "--truth", paramLabel = "FILE", description = "JSON object of true article texts by KEY")
  Path truth;

  @Option(names = "--shingles", paramLabel = "DIR",
      description = "a development set of html/KEY.html.gz and ground-truth.json (word 4-gram shingle metric)")
  Path shingles;

  @Option(names = "--segments", paramLabel = "DIR",
      description = "a development set of html/FILE and evaldata.json (with/without segment metric)")
  Path segments;

  @Option(names = "--worst", paramLabel = "N", defaultValue = "10",
      description = "with --shingles or --segments: how many of the worst pages of each half to list (default ${DEFAULT-VALUE})")
  int worst;

  @Option(names = "--verbose", description = "print each page's precision, recall and F1")
  boolean verbose;

  @Option(names = "--dump", paramLabel = "DIR", description = "write each page's extracted body to DIR/KEY.txt (HALF-KEY.txt for development sets)")
  Path dump;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (shingles != null || segments != null) {
      DevSetEvaluation evaluation = new DevSetEvaluation(
          page -> ArticleExtractor.extract(page[0], page[1]).body(), out, worst, dump);
      if (shingles != null) {
        evaluation.shingles(shingles);
      }
      if (segments != null) {
        evaluation.segments(segments);
      }
      return 0;
    }
    if (pages == null || truth == null) {
      throw new IllegalArgumentException("give --pages and --truth, or --shingles and/or --segments");
    }
    Map<String, JsonNode> expected = readTruth();
    if (dump != null) {
      Files.createDirectories(dump);
    }
    long start = System.nanoTime();
    List<ExtractionScore> scores = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : expected.entrySet()) {
      String key = entry.getKey();
      Path page = PageFiles.find(pages, key);
      if (page == null) {
        throw new IllegalArgumentException("no page for " + key + " in " + pages);
      }
      JsonNode url = entry.getValue().get("url");
      String body = ArticleExtractor.extract(PageFiles.read(page), url == null || url.isNull() ? null : url.asString()).body();
      JsonNode articleBody = entry.getValue().get("articleBody");
      ExtractionScore score = ExtractionScore.of(articleBody == null ? "" : articleBody.asString(), body);
      scores.add(score);
      if (dump != null) {
        Files.writeString(dump.resolve(key + ".txt"), body);
      }
      if (verbose) {
        out.println(String.format(Locale.ROOT, "%s  P %.3f  R %.3f  F1 %.3f%s",
            key, score.precision(), score.recall(), score.f1(), score.exact() ? "  exact" : ""));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    ExtractionSummary summary = ExtractionSummary.of(scores);
    out.println(String.format(Locale.ROOT, "pages %d  precision %.4f  recall %.4f  F1 %.4f  accuracy %.4f  (%.1f s)",
        summary.pages(), summary.precision(), summary.recall(), summary.f1(), summary.accuracy(), seconds));
    out.flush();
    return 0;
  }

  private Map<String, JsonNode> readTruth() throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(truth.toFile());
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(truth + " is not a JSON object of pages");
    }
    Map<String, JsonNode> byKey = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      byKey.put(entry.getKey(), entry.getValue());
    }
    return byKey;
  }
}
