package vn.policykb.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence boundaries of a text: a paragraph break, or {@code . ! ? …} before white space, unless
 * the period ends an abbreviation ({@code Dr.}, {@code TP.}) or an initial.
 */
final class Sentences {

  private static final Set<String> ABBREVIATIONS = Set.of(
      "dr", "mr", "mrs", "ms", "prof", "st", "no", "gen", "lt", "col", "jr", "sr", "tp", "vs", "mt", "gs", "pgs",
      "ts", "ths", "ks", "bs", "ph", "inc", "co", "corp", "ltd", "u.s", "e.g", "i.e", "sen", "rep", "gov", "capt");

  /** A sentence: {@code [start, end)}, with the paragraph it belongs to. */
  record Sentence(int start, int end, int paragraph) {}

  private Sentences() {}

  static List<Sentence> of(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    int start = skipSpace(text, 0);
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(sentences, text, start, i, paragraph);
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        paragraph++;
        start = i;
        continue;
      }
      if (isEnd(text, i)) {
        int end = i + 1;
        while (end < text.length() && "\"”’)".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        add(sentences, text, start, end, paragraph);
        i = skipSpaceInLine(text, end);
        start = i;
        continue;
      }
      i++;
    }
    add(sentences, text, start, text.length(), paragraph);
    return sentences;
  }

  /**
   * How far from a place its sentence is looked for: text that runs on further without an end of
   * sentence or a line break (a table or a list run together, a document without punctuation) is
   * cut here, so that the quotes of such a text cost time in proportion to its length.
   */
  static final int MAX_REACH = 2_000;

  /** The end of the sentence that goes on at {@code from}, at most {@link #MAX_REACH} on. */
  static int endFrom(String text, int from) {
    int limit = (int) Math.min(text.length(), (long) from + MAX_REACH);
    for (int i = from; i < limit; i++) {
      if (text.charAt(i) == '\n' || isEnd(text, i)) {
        return i;
      }
    }
    return limit;
  }

  /** The start of the sentence that {@code at} is in, at most {@link #MAX_REACH} back. */
  static int startBefore(String text, int at) {
    int limit = Math.max(0, at - MAX_REACH);
    for (int i = at - 1; i >= limit; i--) {
      if (text.charAt(i) == '\n' || isEnd(text, i)) {
        return skipSpace(text, i + 1);
      }
    }
    return limit;
  }

  private static boolean isEnd(String text, int i) {
    char c = text.charAt(i);
    if (c != '.' && c != '!' && c != '?' && c != '…') {
      return false;
    }
    int next = i + 1;
    while (next < text.length() && "\"”’)".indexOf(text.charAt(next)) >= 0) {
      next++;
    }
    if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    if (c == '.') {
      int w = i;
      while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
        w--;
      }
      String word = text.substring(w, i).toLowerCase(Locale.ROOT);
      if (ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(w)))) {
        return false;
      }
    }
    return true;
  }

  private static void add(List<Sentence> sentences, String text, int start, int end, int paragraph) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new Sentence(start, end, paragraph));
    }
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSpaceInLine(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
      i++;
    }
    return i;
  }
}
