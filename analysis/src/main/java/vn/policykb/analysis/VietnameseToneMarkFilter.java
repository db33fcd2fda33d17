package vn.policykb.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Places each syllable's tone mark by one rule ({@link VietnameseToneMarks}): {@code hoà} and
 * {@code hòa} index alike, in the field that keeps diacritics. Expects lower-case input.
 */
public final class VietnameseToneMarkFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public VietnameseToneMarkFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = termAtt.buffer();
    int length = termAtt.length();
    for (int i = 0; i < length; i++) {
      if (VietnameseToneMarks.hasTone(buffer[i])) {
        VietnameseToneMarks.placeTone(buffer, length);
        break;
      }
    }
    return true;
  }
}
