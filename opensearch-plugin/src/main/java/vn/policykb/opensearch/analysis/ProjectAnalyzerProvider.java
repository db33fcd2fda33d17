package vn.policykb.opensearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/** One of the project's analyzers, as it is, under an OpenSearch analyzer name. */
final class ProjectAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {

  private final Analyzer analyzer;

  ProjectAnalyzerProvider(IndexSettings indexSettings, String name, Settings settings, Analyzer analyzer) {
    super(indexSettings, name, settings);
    this.analyzer = analyzer;
  }

  @Override
  public Analyzer get() {
    return analyzer;
  }
}
