package vn.policykb.ingest.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * The spans of a text between quote marks: typographic pairs ({@code “…”}) and straight marks
 * taken in pairs within a paragraph. A quote that runs over paragraphs opens each of them again
 * and closes only at its end, in both conventions.
 */
final class QuotedSpans {

  /** A quoted span: the opening mark at {@code open}, the closing one at {@code close}. */
  record Span(int open, int close) {}

  private static final int MAX_PARAGRAPHS = 6;
  private static final String OPENING_MARKS = "“«‘";

  private QuotedSpans() {}

  static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char closeMark = closeMarkOf(text, i);
      if (closeMark == '"' && onlyCloses(text, i)) {
        // a stray straight mark left the ones after it out of step: this one closes the quote
        // whose opening mark is missing, and the next opens again
        i++;
        continue;
      }
      if (closeMark != 0) {
        int close = closing(text, i, closeMark);
        if (close > 0) {
          spans.add(new Span(i, close));
          i = close + 1;
          continue;
        }
      }
      i++;
    }
    return spans;
  }

  /**
   * The mark that closes one opened at {@code at}, or 0 where none opens there: {@code “ ”},
   * {@code « »} and straight double marks always; {@code ‘ ’} and a straight single mark only where
   * a word follows them after a space, a colon or a line start, so that an apostrophe
   * ({@code O'Hagan}, {@code Dragons’}) opens nothing.
   */
  private static char closeMarkOf(String text, int at) {
    char c = text.charAt(at);
    switch (c) {
      case '“': return '”';
      case '«': return '»';
      case '"': return '"';
      case '‘', '\'': {
        boolean opensWord = at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1));
        boolean afterBreak = at == 0 || Character.isWhitespace(text.charAt(at - 1)) || text.charAt(at - 1) == ':';
        return opensWord && afterBreak ? (c == '‘' ? '’' : '\'') : 0;
      }
      default: return 0;
    }
  }

  /**
   * Whether a straight mark can only close a quote, never open one: what follows it, after spaces,
   * is a dash, a comma or the like ({@code "- ông Thanh nói}, {@code ", cử tri A bình luận}), or the
   * end of its paragraph; a period only when it is no ellipsis ({@code "... Tôi} opens).
   */
  private static boolean onlyCloses(String text, int at) {
    int next = at + 1;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    if (next >= text.length() || text.charAt(next) == '\n') {
      return true;
    }
    char c = text.charAt(next);
    if (c == '.') {
      return next + 1 >= text.length() || text.charAt(next + 1) != '.';
    }
    return "-–—,;:!?)".indexOf(c) >= 0;
  }

  /** A single closing mark ends a quote only after its last word's punctuation or before a space or the end. */
  private static boolean closesSingle(String text, int at) {
    boolean punctuated = at > 0 && ".,!?…".indexOf(text.charAt(at - 1)) >= 0;
    boolean beforeBreak = at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1))
        || ".,;:!?)".indexOf(text.charAt(at + 1)) >= 0;
    return punctuated && beforeBreak;
  }

  private static int indexOfClose(String text, char closeMark, int from, int to) {
    for (int i = text.indexOf(closeMark, from); i >= 0 && i < to; i = text.indexOf(closeMark, i + 1)) {
      if ((closeMark != '\'' && closeMark != '’') || closesSingle(text, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A straight mark that closes a quote opened with {@code “} ({@code “Mất máy bay … nữa ", ông
   * nói}), as typed where the typographic marks are mixed: the first straight mark after the
   * opening one, with only punctuation or the line's end after it, so that a straight pair inside
   * the quote ({@code “… "xin chào" …”}) closes nothing.
   */
  private static int straightClose(String text, int from, int to) {
    int at = text.indexOf('"', from);
    if (at < 0 || at >= to) {
      return -1;
    }
    int next = at + 1;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    if (next >= text.length() || ",.;:!?…\n".indexOf(text.charAt(next)) >= 0) {
      return at;
    }
    // closing in shape: against the word before it and a space after ("tức giận" của Đảng), where
    // an opening one stands after a space against the word it opens
    boolean againstWord = at > from && !Character.isWhitespace(text.charAt(at - 1));
    return againstWord && next > at + 1 ? at : -1;
  }

  /**
   * A {@code ”} that closes a quote opened with a straight mark ({@code "trên tinh thần tự nguyện”
   * và …}), where no straight mark closes it in the paragraph: the first one with no {@code “}
   * opening before it.
   */
  private static int curlyClose(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '“') {
        return -1;
      }
      if (c == '”') {
        return i;
      }
    }
    return -1;
  }

  /** The closing mark of the quote opened at {@code open}, or -1. */
  private static int closing(String text, int open, char closeMark) {
    char openMark = text.charAt(open);
    int i = open + 1;
    for (int paragraphs = 0; paragraphs < MAX_PARAGRAPHS; paragraphs++) {
      int paragraphEnd = text.indexOf('\n', i);
      if (paragraphEnd < 0) {
        paragraphEnd = text.length();
      }
      int close = indexOfClose(text, closeMark, i, paragraphEnd);
      if (closeMark == '”') {
        int straight = straightClose(text, i, close >= 0 ? close : paragraphEnd);
        close = straight >= 0 ? straight : close;
      }
      if (closeMark == '"' && close < 0) {
        close = curlyClose(text, i, paragraphEnd);
      }
      if (close >= 0) {
        return close;
      }
      // unclosed at the end of its paragraph: goes on if the next paragraph opens again, or, one
      // sentence a line, if the next paragraph that has a mark closes the quote with its first
      int next = paragraphEnd;
      while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next >= text.length() || next == paragraphEnd) {
        return -1;
      }
      if (text.charAt(next) != openMark && !closesLater(text, next, openMark, closeMark)) {
        return -1;
      }
      i = text.charAt(next) == openMark ? next + 1 : next;
    }
    return -1;
  }

  /**
   * Whether the paragraph at {@code from} goes on with the quote: it holds no opening mark of its
   * own before a closing one, and for a straight mark (which opens and closes alike) an odd number of them.
   */
  private static boolean closesLater(String text, int from, char openMark, char closeMark) {
    int end = text.indexOf('\n', from);
    if (end < 0) {
      end = text.length();
    }
    int close = indexOfClose(text, closeMark, from, end);
    int count = 0;
    for (int i = from; i < end; i++) {
      if (text.charAt(i) == closeMark) {
        count++;
      }
    }
    if (openMark == closeMark) {
      return close < 0 ? count == 0 : count % 2 == 1;
    }
    for (int i = from; i < (close < 0 ? end : close); i++) {
      if (OPENING_MARKS.indexOf(text.charAt(i)) >= 0 && text.charAt(i) == openMark) {
        return false;
      }
    }
    return true;
  }
}
