package vn.policykb.kb;

/**
 * The words of a text as runs of letters, marks and digits, joined across an inner joiner such as
 * a hyphen or an apostrophe: what a pattern of character classes such as
 * {@code [\p{L}\p{M}\p{N}]+(?:[-&][\p{L}\p{M}\p{N}]+)*} finds, by one scan of the code points. The
 * people and registry steps read every word of every article, where the pattern cost several
 * times the scan.
 */
public final class LetterRuns {

  /** Receives each word, {@code text[start, end)}. */
  @FunctionalInterface
  public interface WordSink {
    void word(int start, int end);
  }

  private LetterRuns() {}

  /**
   * Each word of {@code text}, in order.
   *
   * @param joiners characters that join two runs into one word when a run follows them
   * @param digitsAfterJoiner whether that run may hold digits ({@code COVID-19}), or only letters and marks ({@code don't})
   */
  public static void scan(String text, String joiners, boolean digitsAfterJoiner, WordSink sink) {
    int length = text.length();
    int i = 0;
    while (i < length) {
      int c = text.codePointAt(i);
      if (!isLetterMarkOrDigit(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      i = runEnd(text, i, true);
      while (i + 1 < length && joiners.indexOf(text.charAt(i)) >= 0 && inRun(text.codePointAt(i + 1), digitsAfterJoiner)) {
        i = runEnd(text, i + 1, digitsAfterJoiner);
      }
      sink.word(start, i);
    }
  }

  private static int runEnd(String text, int from, boolean digits) {
    int i = from;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!inRun(c, digits)) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  private static boolean inRun(int c, boolean digits) {
    return digits ? isLetterMarkOrDigit(c) : isLetterOrMark(c);
  }

  private static boolean isLetterMarkOrDigit(int c) {
    return isLetterOrMark(c) || switch (Character.getType(c)) {
      case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  private static boolean isLetterOrMark(int c) {
    return Character.isLetter(c) || switch (Character.getType(c)) {
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
      default -> false;
    };
  }
}
