package vn.policykb.opensearch.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the stock-only recipe (analysis-icu.json) costs: on the tricky texts, where its tokens
 * differ from the project's. The table goes to target/icu-fallback-differences.md for the docs;
 * the assertions pin which texts differ, so a change to either side shows here.
 */
@ExtendWith(SharedDevNode.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IcuFallbackRecipeTest {

  private static final String INDEX = "icu-fallback";

  private final Map<String, Map<String, List<AnalyzedToken>[]>> differences = new LinkedHashMap<>();

  @BeforeAll
  void createIndex(OpenSearchHttp http) throws IOException {
    http.deleteIfPresent(INDEX);
    http.put("/" + INDEX, PluginIndexSearchTest.indexBody("analysis-icu.json"));
    for (Map.Entry<String, java.util.function.Supplier<Analyzer>> analyzer : TrickyTexts.ANALYZERS.entrySet()) {
      try (Analyzer lucene = analyzer.getValue().get()) {
        for (Map.Entry<String, String> text : TrickyTexts.TEXTS.entrySet()) {
          ObjectNode request = OpenSearchHttp.object().put("analyzer", analyzer.getKey()).put("text", text.getValue());
          // an index does not care in which order tokens at one position come
          List<AnalyzedToken> stock = sorted(AnalyzedToken.of(http.post("/" + INDEX + "/_analyze", request)));
          List<AnalyzedToken> project = sorted(AnalyzedToken.of(lucene, text.getValue()));
          if (!stock.equals(project)) {
            @SuppressWarnings("unchecked")
            List<AnalyzedToken>[] pair = new List[] {project, stock};
            differences.computeIfAbsent(analyzer.getKey(), k -> new LinkedHashMap<>()).put(text.getKey(), pair);
          }
        }
      }
    }
    writeReport();
  }

  @AfterAll
  void dropIndex(OpenSearchHttp http) throws IOException {
    http.deleteIfPresent(INDEX);
  }

  @Test
  void tonePlacementNfdEthInvisiblesNumbersAndLegalNumbersComeOutAsInTheProject() {
    for (String analyzer : TrickyTexts.ANALYZERS.keySet()) {
      assertThat(differences.getOrDefault(analyzer, Map.of()).keySet()).as(analyzer)
          .doesNotContain("old tone placement", "new tone placement", "tone on the wrong vowel", "qu and gi",
              "decomposed (NFD)", "marks typed out of order", "eth for d-stroke", "legal numbers",
              "English words in Vietnamese", "invisible characters", "numbers", "capitals", "English text");
    }
  }

  @Test
  void whatTheStockRecipeLosesIsTheAdministrativePrefixJoinAndPartOffsetsAndItDiffersOnMisdecodedText() {
    assertThat(differences.get("policykb_exact")).containsOnlyKeys("dotted abbreviations", "legacy VNI bytes", "legacy TCVN3 bytes");
    assertThat(differences.get("policykb_folded")).containsOnlyKeys("dotted abbreviations", "legacy TCVN3 bytes");
    assertThat(differences.get("policykb_bigrams")).containsOnlyKeys("legacy TCVN3 bytes");
    assertThat(differences.get("policykb_english")).containsOnlyKeys("legacy TCVN3 bytes");
    // TP HCM and TP. HCM: the project stacks the joined TPHCM, which no stock filter can do
    List<AnalyzedToken>[] abbreviations = differences.get("policykb_folded").get("dotted abbreviations");
    assertThat(only(abbreviations[0], abbreviations[1])).isEqualTo("tphcm@4+2[13,20) tphcm@6+2[22,28)");
    assertThat(only(abbreviations[1], abbreviations[0])).isEmpty();
  }

  private void writeReport() throws IOException {
    StringBuilder report = new StringBuilder("| analyzer | input | project | stock ICU recipe |\n|---|---|---|---|\n");
    differences.forEach((analyzer, texts) -> texts.forEach((label, pair) -> report.append("| ").append(analyzer)
        .append(" | ").append(label).append(" | ").append(only(pair[0], pair[1])).append(" | ")
        .append(only(pair[1], pair[0])).append(" |\n")));
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("icu-fallback-differences.md"), report, StandardCharsets.UTF_8);
  }

  private static List<AnalyzedToken> sorted(List<AnalyzedToken> tokens) {
    return tokens.stream().sorted(Comparator.comparingInt(AnalyzedToken::position).thenComparing(AnalyzedToken::term)).toList();
  }

  /** The tokens of one side the other side lacks. */
  private static String only(List<AnalyzedToken> side, List<AnalyzedToken> other) {
    TreeSet<String> missing = new TreeSet<>();
    side.stream().filter(token -> !other.contains(token)).forEach(token -> missing.add(token.toString()));
    return String.join(" ", missing);
  }
}
