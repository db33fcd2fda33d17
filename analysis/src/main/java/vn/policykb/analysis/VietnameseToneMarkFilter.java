package vn.policykb.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Places each syllable's tone mark by one rule ({@link VietnameseToneMarks}): {@code hoà} and
 * {@code hòa} index alike, in the field that keeps diacritics. Expects lower-case input.
 *
 * <p>Vietnamese text repeats a few thousand syllables, so each toned syllable's canonical form is
 * remembered: after the first documents, placing a tone is one hash lookup.
 */
public final class VietnameseToneMarkFilter extends TokenFilter {

  private static final int CACHE_LIMIT = 50_000;
  /** Cached for a syllable already in canonical form (or not a syllable): nothing to copy. */
  private static final char[] UNCHANGED = new char[0];

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final CharArrayMap<char[]> canonical = new CharArrayMap<>(1024, false);

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
    if (!hasTone(buffer, length)) {
      return true;
    }
    char[] known = canonical.get(buffer, 0, length);
    if (known == null) {
      char[] copy = new char[length];
      System.arraycopy(buffer, 0, copy, 0, length);
      known = VietnameseToneMarks.placeTone(copy, length) ? copy : UNCHANGED;
      if (canonical.size() >= CACHE_LIMIT) {
        canonical.clear();
      }
      canonical.put(new String(buffer, 0, length), known);
    }
    if (known != UNCHANGED) {
      System.arraycopy(known, 0, buffer, 0, length);
    }
    return true;
  }

  private static boolean hasTone(char[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      if (VietnameseToneMarks.hasTone(buffer[i])) {
        return true;
      }
    }
    return false;
  }
}
