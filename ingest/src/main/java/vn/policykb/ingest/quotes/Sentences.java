package vn.policykb.ingest.quotes;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence boundaries of a text: ICU's (Unicode's sentence break rules), not after the titles
 * Vietnamese and English news abbreviate ({@code TP.}, {@code PGS.}, {@code Dr.}) nor after an
 * initial ({@code J. Smith}, {@code Nguyễn Văn A.}). A line break ends a sentence; sentences are
 * numbered by paragraph, the runs of text between line breaks.
 */
final class Sentences {

  /** As they are written: ICU matches them case and all. */
  private static final List<String> ABBREVIATIONS = List.of(
      "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "No", "Gen", "Lt", "Col", "Jr", "Sr", "Vs", "Mt", "Inc", "Co", "Corp",
      "Ltd", "Sen", "Rep", "Gov", "Capt", "Rev", "Sgt", "Maj", "Adm", "Fr", "Det", "Insp", "Supt", "U.S", "U.N", "U.K", "a.m", "p.m", "E.g", "I.e", "e.g", "i.e", "vs",
      // months: "said on Nov. 8." goes on past the abbreviation
      "Jan", "Feb", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
      "TP", "Tp", "GS", "PGS", "TS", "ThS", "Ths", "KS", "BS", "Ph");

  /**
   * The abbreviations with a period inside ({@code U.S.}, {@code a.m.}): ICU's filter matches only
   * the letters after the last inner period, so for these the break is suppressed here.
   */
  private static final Set<String> DOTTED = Set.copyOf(
      ABBREVIATIONS.stream().filter(a -> a.contains(".")).map(a -> a + ".").toList());

  private static final BreakIterator PROTOTYPE = prototype();
  /** An iterator holds the text it walks: one per thread. */
  private static final ThreadLocal<BreakIterator> ITERATOR =
      ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());

  /** A sentence: {@code [start, end)}, with the paragraph it belongs to. */
  record Sentence(int start, int end, int paragraph) {}

  private Sentences() {}

  private static BreakIterator prototype() {
    // not ICU's English list: it is matched on the end of a word, and entries such as "CT." and
    // "Long." then hold Vietnamese sentences together ("công ty ICT. Ban", "tàu Hùng Long. Ngày")
    FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
    for (String abbreviation : ABBREVIATIONS) {
      builder.suppressBreakAfter(abbreviation + ".");
    }
    return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ROOT));
  }

  static List<Sentence> of(String text) {
    List<Sentence> sentences = new ArrayList<>();
    Breaks breaks = new Breaks(text, 0, text.length());
    int paragraph = 0;
    int previousEnd = -1;
    int start = 0;
    for (int end = breaks.next(0); end >= 0; start = end, end = breaks.next(end)) {
      int from = skipSpace(text, start);
      int to = trimEnd(text, from, end);
      if (to <= from) {
        continue;
      }
      if (previousEnd >= 0 && hasLineBreak(text, previousEnd, from)) {
        paragraph++;
      }
      sentences.add(new Sentence(from, to, paragraph));
      previousEnd = to;
    }
    return sentences;
  }

  /**
   * How far from a place its sentence is looked for: text that runs on further without an end of
   * sentence or a line break (a table or a list run together, a document without punctuation) is
   * cut here, so that the quotes of such a text cost time in proportion to its length.
   */
  static final int MAX_REACH = 2_000;
  /** Enough text after a period for ICU to see the letter that tells whether it ends a sentence. */
  private static final int LOOKAHEAD = 100;

  /** The end of a sentence with the marks that end it: where a sentence shown to a reader stops. */
  static int withEndMarks(String text, int end) {
    while (end < text.length() && ".!?…".indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    return end;
  }

  /**
   * The end of the sentence that goes on at {@code from}, at most {@link #MAX_REACH} on: the place
   * of its final {@code . ! ? …} (before any closing quote) or of the line break.
   */
  static int endFrom(String text, int from) {
    int limit = (int) Math.min(text.length(), (long) from + MAX_REACH);
    // a line break ends the sentence whatever follows it: the window stops there
    int windowEnd = from;
    while (windowEnd < limit && text.charAt(windowEnd) != '\n') {
      windowEnd++;
    }
    int end = new Breaks(text, from, windowEnd).next(from);
    if (end < 0 || end >= windowEnd && windowEnd == limit && limit < text.length()) {
      return windowEnd;
    }
    end = trimEnd(text, from, end);
    int mark = end;
    while (mark > from && "\"”’)".indexOf(text.charAt(mark - 1)) >= 0) {
      mark--;
    }
    return mark > from && ".!?…".indexOf(text.charAt(mark - 1)) >= 0 ? mark - 1 : end;
  }

  /** The start of the sentence that {@code at} is in, at most {@link #MAX_REACH} back. */
  static int startBefore(String text, int at) {
    int limit = Math.max(0, at - MAX_REACH);
    int newline = at - 1;
    while (newline >= limit && text.charAt(newline) != '\n') {
      newline--;
    }
    int windowStart = newline >= limit ? newline + 1 : limit;
    // what follows a period tells whether it ends a sentence: the window reaches a little past at
    int windowEnd = (int) Math.min(text.length(), (long) at + LOOKAHEAD);
    int start = new Breaks(text, windowStart, windowEnd).atOrBefore(at);
    return start <= windowStart && newline < limit ? limit : skipSpace(text, start);
  }

  /**
   * ICU's boundaries over a window of a text, less those after an initial. ICU reads the window
   * with each {@code …} as a period: an ellipsis then ends a sentence before a capital letter, as a
   * period does, and not before a small one ({@code 30 E… màu đen}).
   */
  private static final class Breaks {

    private final String text;
    private final int windowStart;
    private final int windowEnd;
    private final BreakIterator iterator = ITERATOR.get();

    Breaks(String text, int windowStart, int windowEnd) {
      this.text = text;
      this.windowStart = windowStart;
      this.windowEnd = windowEnd;
      iterator.setText(text.substring(windowStart, windowEnd).replace('…', '.'));
    }

    /** The first boundary after {@code from}, or -1 at the end of the window. */
    int next(int from) {
      int at = from >= windowEnd ? BreakIterator.DONE : iterator.following(from - windowStart);
      while (at != BreakIterator.DONE && suppressed(windowStart + at)) {
        at = iterator.next();
      }
      return at == BreakIterator.DONE ? -1 : windowStart + at;
    }

    /** The last boundary at or before {@code at}: the start of the sentence it is in. */
    int atOrBefore(int at) {
      int offset = at - windowStart;
      // the end of the window is a boundary to ICU, though no sentence starts there
      int boundary = at < windowEnd && iterator.isBoundary(offset) ? offset : iterator.preceding(offset);
      while (boundary != BreakIterator.DONE && boundary > 0 && suppressed(windowStart + boundary)) {
        boundary = iterator.previous();
      }
      return boundary == BreakIterator.DONE ? windowStart : windowStart + boundary;
    }

    /** Whether the boundary is none: it follows an initial or a dotted abbreviation. */
    private boolean suppressed(int boundary) {
      return afterInitial(boundary) || afterDotted(boundary);
    }

    /** Whether the boundary follows an abbreviation with an inner period: {@code the U.S. Senate}. */
    private boolean afterDotted(int boundary) {
      int end = boundary;
      while (end > windowStart && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      int start = end;
      while (start > windowStart && !Character.isWhitespace(text.charAt(start - 1)) && end - start < 6) {
        start--;
      }
      return end > start && DOTTED.contains(text.substring(start, end));
    }

    /** Whether the boundary follows a single capital letter and its period. */
    private boolean afterInitial(int boundary) {
      int i = boundary;
      while (i > windowStart && Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      while (i > windowStart && "\"”’)".indexOf(text.charAt(i - 1)) >= 0) {
        i--;
      }
      if (i - 2 < windowStart || text.charAt(i - 1) != '.' || !Character.isUpperCase(text.charAt(i - 2))) {
        return false;
      }
      return i - 3 < windowStart || !Character.isLetter(text.charAt(i - 3)) && text.charAt(i - 3) != '.';
    }
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
