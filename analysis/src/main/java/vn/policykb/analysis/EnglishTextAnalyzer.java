package vn.policykb.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English stemming and stopwords, for the one field that only English documents fill. Vietnamese
 * text never passes through it: {@code to}, {@code an}, {@code the} are Vietnamese syllables, and
 * a stemmer would make {@code thuy} into {@code thui}.
 */
public final class EnglishTextAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new VietnameseNormalizationFilter(tokenizer);
    stream = new EnglishPossessiveFilter(stream);
    stream = new LowerCaseFilter(stream);
    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    stream = new VietnameseFoldingFilter(stream);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new VietnameseFoldingFilter(new LowerCaseFilter(new VietnameseNormalizationFilter(in)));
  }
}
