package vn.policykb.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The diacritic-keeping analysis: syllables in one spelling (normalized letters, lower case, tone
 * marks placed by one rule). A match here means the reader typed the marks the text has.
 */
public final class VietnameseExactAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new VietnameseNormalizationFilter(new DottedAbbreviationFilter(tokenizer));
    stream = new LowerCaseFilter(stream);
    stream = new VietnameseToneMarkFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new VietnameseToneMarkFilter(new LowerCaseFilter(new VietnameseNormalizationFilter(in)));
  }
}
