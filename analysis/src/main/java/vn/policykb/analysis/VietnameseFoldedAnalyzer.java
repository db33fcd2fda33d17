package vn.policykb.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The diacritic-insensitive analysis: normalized, lower-cased syllables without their marks, so
 * that {@code to lam} meets {@code Tô Lâm}.
 */
public final class VietnameseFoldedAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new VietnameseNormalizationFilter(new DottedAbbreviationFilter(tokenizer));
    stream = new LowerCaseFilter(stream);
    stream = new VietnameseFoldingFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new VietnameseFoldingFilter(new LowerCaseFilter(new VietnameseNormalizationFilter(in)));
  }
}
