package vn.policykb.opensearch.analysis;

import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/** One of the project's token filters, which take no settings, as an OpenSearch filter. */
final class ProjectTokenFilterFactory extends AbstractTokenFilterFactory {

  private final Function<TokenStream, TokenStream> filter;
  private final boolean normalizes;

  ProjectTokenFilterFactory(IndexSettings indexSettings, String name, Settings settings,
      Function<TokenStream, TokenStream> filter, boolean normalizes) {
    super(indexSettings, name, settings);
    this.filter = filter;
    this.normalizes = normalizes;
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return filter.apply(tokenStream);
  }

  @Override
  public TokenStream normalize(TokenStream tokenStream) {
    // a filter that splits or pairs tokens has no place in a normalizer: OpenSearch then leaves it out
    return normalizes ? filter.apply(tokenStream) : tokenStream;
  }
}
