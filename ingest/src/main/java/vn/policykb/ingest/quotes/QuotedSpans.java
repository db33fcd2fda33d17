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

  private QuotedSpans() {}

  static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '“' || c == '"') {
        int close = closing(text, i, c == '“' ? '”' : '"');
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

  /** The closing mark of the quote opened at {@code open}, or -1. */
  private static int closing(String text, int open, char closeMark) {
    char openMark = text.charAt(open);
    int i = open + 1;
    for (int paragraphs = 0; paragraphs < MAX_PARAGRAPHS; paragraphs++) {
      int paragraphEnd = text.indexOf('\n', i);
      if (paragraphEnd < 0) {
        paragraphEnd = text.length();
      }
      int close = text.indexOf(closeMark, i);
      if (close >= 0 && close < paragraphEnd) {
        return close;
      }
      // unclosed at the end of its paragraph: goes on only if the next paragraph opens again
      int next = paragraphEnd;
      while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next >= text.length() || next == paragraphEnd || text.charAt(next) != openMark) {
        return -1;
      }
      i = next + 1;
    }
    return -1;
  }
}
