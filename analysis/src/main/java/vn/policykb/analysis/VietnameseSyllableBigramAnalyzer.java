package vn.policykb.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Pairs of adjacent folded syllables ({@code kinh te}, {@code te tu}, {@code tu nhan}).
 *
 * <p>Most Vietnamese words are two syllables written apart, so a syllable alone is ambiguous
 * ({@code tu} is "private", "self", "from", "four"...). Indexing each pair approximates the word
 * without a word segmenter, whose errors would cost recall; a document that keeps the reader's
 * syllables together ranks above one that has them scattered.
 */
public final class VietnameseSyllableBigramAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new VietnameseNormalizationFilter(new DottedAbbreviationFilter(tokenizer));
    stream = new LowerCaseFilter(stream);
    stream = new VietnameseFoldingFilter(stream);
    return new TokenStreamComponents(tokenizer, new SyllableBigramFilter(stream));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new VietnameseFoldingFilter(new LowerCaseFilter(new VietnameseNormalizationFilter(in)));
  }
}
