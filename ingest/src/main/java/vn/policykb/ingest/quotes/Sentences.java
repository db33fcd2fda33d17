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

  /** The end of the sentence that goes on at {@code from}. */
  static int endFrom(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '\n' || isEnd(text, i)) {
        return i;
      }
    }
    return text.length();
  }

  /** The start of the sentence that {@code at} is in. */
  static int startBefore(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if (text.charAt(i) == '\n' || isEnd(text, i)) {
        return skipSpace(text, i + 1);
      }
    }
    return 0;
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
