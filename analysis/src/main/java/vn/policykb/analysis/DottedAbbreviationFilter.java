package vn.policykb.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Makes the spellings of one abbreviation match: {@code TP.HCM}, {@code TP. HCM}, {@code TP HCM}
 * and {@code TPHCM} (Thành phố Hồ Chí Minh) all index {@code TPHCM}, and the first three also their
 * parts, so that {@code HCM} alone still finds them.
 *
 * <p>A word of letters joined by dots ({@code TP.HCM}, {@code v.v}) becomes its parts, with the
 * joined letters stacked on the first part. An administrative prefix ({@code TP}, {@code TX},
 * {@code TT}: city, town, township) followed, after at most a dot and a space, by a word in
 * capitals gets the same stacked joined form. A word in capitals alone ({@code TPHCM}) is left as
 * it is. Runs before lower-casing: capitals are what mark an abbreviation.
 */
public final class DottedAbbreviationFilter extends TokenFilter {

  /** Prefixes written before a place's abbreviation; always short, always capitalised. */
  private static final Set<String> PREFIXES = Set.of("tp", "tx", "tt");
  /** What may stand between a prefix and the abbreviation: {@code ". "} at most. */
  private static final int MAX_GAP = 2;
  private static final int MAX_ABBREVIATION = 6;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);

  private final Deque<State> pending = new ArrayDeque<>();
  /** A token read to see whether it follows a prefix, which it did not. */
  private State lookahead;

  public DottedAbbreviationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(pending.poll());
      return true;
    }
    if (!next()) {
      return false;
    }
    if (isDotted()) {
      splitDotted();
    } else if (isPrefix()) {
      joinWithFollowing();
    }
    return true;
  }

  private boolean next() throws IOException {
    if (lookahead != null) {
      restoreState(lookahead);
      lookahead = null;
      return true;
    }
    return input.incrementToken();
  }

  /** Letters with single dots between them, at least one dot. */
  private boolean isDotted() {
    char[] buffer = termAtt.buffer();
    int length = termAtt.length();
    // nearly every token has no dot: tell that by the cheapest scan first
    boolean hasDot = false;
    for (int i = 1; i < length - 1 && !hasDot; i++) {
      hasDot = buffer[i] == '.';
    }
    if (!hasDot) {
      return false;
    }
    boolean dot = false;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (c == '.') {
        if (i == 0 || i == length - 1 || buffer[i - 1] == '.') {
          return false;
        }
        dot = true;
      } else if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return dot;
  }

  private void splitDotted() {
    String text = termAtt.toString();
    int start = offsetAtt.startOffset();
    int end = offsetAtt.endOffset();
    boolean offsetsMatchText = end - start == text.length();
    String[] parts = text.split("\\.");
    int increment = posIncAtt.getPositionIncrement();
    // the joined form, stacked on the first part and spanning all of them
    termAtt.setEmpty().append(text.replace(".", ""));
    posIncAtt.setPositionIncrement(0);
    posLenAtt.setPositionLength(parts.length);
    State joined = captureState();
    int from = 0;
    for (int i = 0; i < parts.length; i++) {
      termAtt.setEmpty().append(parts[i]);
      if (offsetsMatchText) {
        offsetAtt.setOffset(start + from, start + from + parts[i].length());
      }
      posIncAtt.setPositionIncrement(i == 0 ? increment : 1);
      posLenAtt.setPositionLength(1);
      pending.add(captureState());
      if (i == 0) {
        pending.add(joined);
      }
      from += parts[i].length() + 1;
    }
    restoreState(pending.poll());
  }

  private boolean isPrefix() {
    return termAtt.length() == 2 && Character.isUpperCase(termAtt.charAt(0))
        && PREFIXES.contains(termAtt.toString().toLowerCase(Locale.ROOT));
  }

  private void joinWithFollowing() throws IOException {
    State prefix = captureState();
    String prefixText = termAtt.toString();
    int start = offsetAtt.startOffset();
    int end = offsetAtt.endOffset();
    if (!input.incrementToken()) {
      restoreState(prefix);
      return;
    }
    State following = captureState();
    if (posIncAtt.getPositionIncrement() == 1 && offsetAtt.startOffset() - end <= MAX_GAP && isCapitals()) {
      String joined = prefixText + termAtt;
      int joinedEnd = offsetAtt.endOffset();
      restoreState(prefix);
      termAtt.setEmpty().append(joined);
      offsetAtt.setOffset(start, joinedEnd);
      posIncAtt.setPositionIncrement(0);
      posLenAtt.setPositionLength(2);
      pending.add(captureState());
      pending.add(following);
    } else {
      lookahead = following;
    }
    restoreState(prefix);
  }

  private boolean isCapitals() {
    int length = termAtt.length();
    if (length < 2 || length > MAX_ABBREVIATION) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = termAtt.charAt(i);
      if (!Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    lookahead = null;
  }
}
