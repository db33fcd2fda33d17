package vn.policykb.opensearch.analysis;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import vn.policykb.analysis.DottedAbbreviationFilter;
import vn.policykb.analysis.EnglishTextAnalyzer;
import vn.policykb.analysis.SyllableBigramFilter;
import vn.policykb.analysis.VietnameseExactAnalyzer;
import vn.policykb.analysis.VietnameseFoldedAnalyzer;
import vn.policykb.analysis.VietnameseFoldingFilter;
import vn.policykb.analysis.VietnameseNormalizationFilter;
import vn.policykb.analysis.VietnameseSyllableBigramAnalyzer;
import vn.policykb.analysis.VietnameseToneMarkFilter;

/**
 * The project's analysis inside OpenSearch, so that an OpenSearch index analyzes text exactly as
 * the embedded index does: the four analyzers of the index schema under fixed names, for
 * mappings, and their filters one by one, for custom analyzers.
 */
public final class PolicyKbAnalysisPlugin extends Plugin implements AnalysisPlugin {

  /** The analyzer names a mapping refers to, and the project's analyzer each one is. */
  public static final Map<String, Supplier<Analyzer>> ANALYZERS = Map.of(
      "policykb_exact", VietnameseExactAnalyzer::new,
      "policykb_folded", VietnameseFoldedAnalyzer::new,
      "policykb_bigrams", VietnameseSyllableBigramAnalyzer::new,
      "policykb_english", EnglishTextAnalyzer::new);

  /** The token filter names, and the filter each one wraps around its input. */
  public static final Map<String, Function<TokenStream, TokenStream>> TOKEN_FILTERS = Map.of(
      "policykb_normalization", VietnameseNormalizationFilter::new,
      "policykb_tone_marks", VietnameseToneMarkFilter::new,
      "policykb_folding", VietnameseFoldingFilter::new,
      "policykb_syllable_bigrams", SyllableBigramFilter::new,
      "policykb_dotted_abbreviation", DottedAbbreviationFilter::new);

  /** Filters that only change a token's letters, so they also apply to keyword normalizers. */
  private static final Set<String> CHARACTER_FILTERS =
      Set.of("policykb_normalization", "policykb_tone_marks", "policykb_folding");

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    Map<String, AnalysisProvider<TokenFilterFactory>> filters = new TreeMap<>();
    TOKEN_FILTERS.forEach((name, filter) -> filters.put(name, (indexSettings, environment, given, settings) ->
        new ProjectTokenFilterFactory(indexSettings, given, settings, filter, CHARACTER_FILTERS.contains(name))));
    return filters;
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new TreeMap<>();
    ANALYZERS.forEach((name, analyzer) -> analyzers.put(name, (indexSettings, environment, given, settings) ->
        new ProjectAnalyzerProvider(indexSettings, given, settings, analyzer.get())));
    return analyzers;
  }
}
