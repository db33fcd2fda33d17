package vn.policykb.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Folds each token with {@link VietnameseFolding}: {@code đường} becomes {@code duong}. */
public final class VietnameseFoldingFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public VietnameseFoldingFilter(TokenStream input) {
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
      if (VietnameseFolding.changes(buffer[i])) {
        termAtt.setLength(VietnameseFolding.fold(buffer, length));
        break;
      }
    }
    return true;
  }
}
