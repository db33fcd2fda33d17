package vn.policykb.opensearch.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.node.ObjectNode;

/** OpenSearch with the plugin analyzes as the embedded index does: same terms, positions, offsets. */
@ExtendWith(SharedDevNode.class)
class PluginAnalyzerParityTest {

  @Test
  void theFourAnalyzersGiveTheProjectsTokensOnEveryTrickyText(OpenSearchHttp http) throws IOException {
    for (Map.Entry<String, java.util.function.Supplier<Analyzer>> analyzer : TrickyTexts.ANALYZERS.entrySet()) {
      try (Analyzer lucene = analyzer.getValue().get()) {
        for (Map.Entry<String, String> text : TrickyTexts.TEXTS.entrySet()) {
          ObjectNode request = OpenSearchHttp.object().put("analyzer", analyzer.getKey()).put("text", text.getValue());
          List<AnalyzedToken> fromNode = AnalyzedToken.of(http.post("/_analyze", request));
          assertThat(fromNode)
              .as("%s on %s: %s", analyzer.getKey(), text.getKey(), text.getValue())
              .isEqualTo(AnalyzedToken.of(lucene, text.getValue()))
              .isNotEmpty();
        }
      }
    }
  }

  @Test
  void theFiltersComposeIntoTheExactAnalyzer(OpenSearchHttp http) throws IOException {
    String text = TrickyTexts.TEXTS.values().stream().reduce((a, b) -> a + " " + b).orElseThrow();
    ObjectNode request = OpenSearchHttp.object().put("tokenizer", "standard").put("text", text);
    request.putArray("filter").add("policykb_dotted_abbreviation").add("policykb_normalization")
        .add("lowercase").add("policykb_tone_marks");
    try (Analyzer exact = TrickyTexts.ANALYZERS.get("policykb_exact").get()) {
      assertThat(AnalyzedToken.of(http.post("/_analyze", request))).isEqualTo(AnalyzedToken.of(exact, text));
    }
  }

  @Test
  void theFoldingAndBigramFiltersDoWhatTheirNamesSay(OpenSearchHttp http) throws IOException {
    ObjectNode request = OpenSearchHttp.object().put("tokenizer", "standard").put("text", "Kinh tế tư nhân");
    request.putArray("filter").add("lowercase").add("policykb_folding").add("policykb_syllable_bigrams");
    assertThat(AnalyzedToken.of(http.post("/_analyze", request))).extracting(AnalyzedToken::term)
        .containsExactly("kinh te", "te tu", "tu nhan");
  }
}
