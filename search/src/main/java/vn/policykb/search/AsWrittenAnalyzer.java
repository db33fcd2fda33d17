package vn.policykb.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The index's analysis of each field with the forms it stacks on a term left out ({@code TPHCM}
 * over {@code TP.HCM}): the terms along the text as written, one per position. A query matches
 * the written words and the stacked spelling as two alternatives, never as one phrase of both.
 */
final class AsWrittenAnalyzer extends AnalyzerWrapper {

  private final Analyzer analyzer;

  AsWrittenAnalyzer(Analyzer analyzer) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.analyzer = analyzer;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return analyzer;
  }

  @Override
  protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
    return new TokenStreamComponents(components.getSource(), new WrittenTerms(components.getTokenStream()));
  }

  /** Passes the first term at each position, and no empty term. */
  private static final class WrittenTerms extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private boolean first = true;

    WrittenTerms(TokenStream input) {
      super(input);
    }

    @Override
    protected boolean accept() {
      boolean stacked = !first && increment.getPositionIncrement() == 0;
      first = false;
      return term.length() > 0 && !stacked;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      first = true;
    }
  }
}
