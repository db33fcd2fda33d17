package vn.policykb.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Brings each token to one spelling of its letters, whatever the keyboard or converter produced:
 * NFC, with Vietnamese marks composed in any order they were typed ({@code Vie\u0323\u0302t},
 * {@code Viê\u0323t}, {@code e\u0301\u0302}); eth ({@code Ð ð}) read as {@code Đ đ}; zero-width
 * characters and soft hyphens dropped; typographic apostrophes made plain.
 *
 * <p>Works on the token, not the text, so offsets keep pointing at the original.
 */
public final class VietnameseNormalizationFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public VietnameseNormalizationFilter(TokenStream input) {
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
      if (VietnameseTextNormalizer.needsNormalization(buffer[i])) {
        String normalized = VietnameseTextNormalizer.normalize(new String(buffer, 0, length));
        termAtt.setEmpty().append(normalized);
        break;
      }
    }
    return true;
  }
}
