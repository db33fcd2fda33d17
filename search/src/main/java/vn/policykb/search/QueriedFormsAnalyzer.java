package vn.policykb.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/**
 * The index's analysis of a text as written (diacritics kept, letters normalized, tones placed
 * by one rule), each word then standing for the forms of it the query looks for: what the
 * highlighter re-analyses a stored text with, so that a term of the folded or the stemmed field
 * marks the word it came from, whatever the text's spelling.
 */
final class QueriedFormsAnalyzer extends AnalyzerWrapper {

  private final Analyzer analyzer;
  private final QueriedForms queried;

  QueriedFormsAnalyzer(Analyzer analyzer, QueriedForms queried) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.analyzer = analyzer;
    this.queried = queried;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return analyzer;
  }

  @Override
  protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
    return new TokenStreamComponents(components.getSource(),
        new QueriedFormsFilter(components.getTokenStream(), queried));
  }
}
