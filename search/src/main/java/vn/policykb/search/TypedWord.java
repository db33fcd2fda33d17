package vn.policykb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykb.analysis.VietnameseFolding;

/**
 * A word of a typed query that a suggestion may respell: where it is and how it was typed.
 *
 * @param start where it starts in the query
 * @param end where it ends
 * @param typed as typed
 * @param lower in lower case
 * @param folded in lower case without diacritics
 */
record TypedWord(int start, int end, String typed, String lower, String folded) {

  /** A run of letters and their marks: what a word is, in a query and in a text. */
  static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{M}]+");
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Set<String> OPERATORS = Set.of("OR", "AND", "NOT");

  /** The words of the query that may be respelt: not operators, not in {@code field:value}. */
  static List<TypedWord> in(String typed) {
    List<TypedWord> words = new ArrayList<>();
    Matcher token = TOKEN.matcher(typed);
    while (token.find()) {
      String text = token.group();
      if (text.indexOf(':') >= 0 || OPERATORS.contains(text)) {
        continue;
      }
      Matcher word = LETTERS.matcher(text);
      while (word.find()) {
        String w = word.group();
        String lower = w.toLowerCase(Locale.ROOT);
        words.add(new TypedWord(token.start() + word.start(), token.start() + word.end(), w, lower,
            VietnameseFolding.fold(lower)));
      }
    }
    return words;
  }

  /** Whether it was typed with diacritics. */
  boolean hasMarks() {
    return !lower.equals(folded);
  }
}
