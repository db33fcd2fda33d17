package vn.policykb.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Replaces a stream of syllables by the pairs of adjacent ones, joined by a space: {@code kinh te
 * tu nhan} becomes {@code kinh te}, {@code te tu}, {@code tu nhan}. A gap in positions (a removed
 * token) is not bridged, a token stacked on another is passed over, and a stream of one syllable
 * yields nothing.
 *
 * <p>Lucene's {@code ShingleFilter} does this and much more (fillers, several sizes, unigrams),
 * at a third of the speed; pairs are all the ranking needs.
 */
public final class SyllableBigramFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);

  private char[] previous = new char[16];
  private int previousLength = -1;
  private int previousStart;
  private int previousPosition;
  private int position = -1;
  private int lastPairPosition = -1;
  private char[] current = new char[16];

  public SyllableBigramFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      int increment = posIncAtt.getPositionIncrement();
      if (increment == 0) {
        // another form of the syllable before (TPHCM over TP): pairs follow the text as written
        continue;
      }
      position += increment;
      int length = termAtt.length();
      int start = offsetAtt.startOffset();
      if (current.length < length) {
        current = new char[ArrayUtil.oversize(length, Character.BYTES)];
      }
      System.arraycopy(termAtt.buffer(), 0, current, 0, length);
      boolean pairs = previousLength >= 0 && increment == 1;
      if (pairs) {
        char[] pair = termAtt.resizeBuffer(previousLength + 1 + length);
        System.arraycopy(previous, 0, pair, 0, previousLength);
        pair[previousLength] = ' ';
        System.arraycopy(current, 0, pair, previousLength + 1, length);
        termAtt.setLength(previousLength + 1 + length);
        offsetAtt.setOffset(previousStart, offsetAtt.endOffset());
        // a pair stands at the position of its first syllable
        posIncAtt.setPositionIncrement(previousPosition - lastPairPosition);
        lastPairPosition = previousPosition;
      }
      char[] swap = previous;
      previous = current;
      current = swap;
      previousLength = length;
      previousStart = start;
      previousPosition = position;
      if (pairs) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    previousLength = -1;
    position = -1;
    lastPairPosition = -1;
  }
}
