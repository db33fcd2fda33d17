package vn.policykb.ingest.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader typed, split into words and quoted phrases, each possibly excluded with a leading
 * {@code -}. Parsing never fails: an unbalanced quote is read as a plain character, and a query of
 * nothing but punctuation has no clauses.
 */
public record UserQuery(List<Clause> clauses) {

  /** One word (which analysis may still split, {@code 57-NQ/TW}) or one quoted phrase. */
  public record Clause(String text, boolean phrase, boolean excluded) {}

  public UserQuery {
    clauses = List.copyOf(clauses);
  }

  public List<Clause> included() {
    return clauses.stream().filter(c -> !c.excluded()).toList();
  }

  public List<Clause> excluded() {
    return clauses.stream().filter(Clause::excluded).toList();
  }

  public static UserQuery parse(String input) {
    List<Clause> clauses = new ArrayList<>();
    if (input == null) {
      return new UserQuery(clauses);
    }
    String text = input.strip();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean excluded = false;
      int start = i;
      // "-word" or "-\"a phrase\"" excludes; "-400" (S-400 typed apart, a negative number) is text
      if (c == '-' && i + 1 < text.length()
          && (Character.isLetter(text.charAt(i + 1)) || isOpeningQuote(text.charAt(i + 1)))) {
        excluded = true;
        start = i + 1;
      }
      char open = text.charAt(start);
      if (isOpeningQuote(open)) {
        int close = closingQuote(text, start + 1);
        if (close > start + 1) {
          clauses.add(new Clause(text.substring(start + 1, close), true, excluded));
          i = close + 1;
          continue;
        }
      }
      int end = start;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (end > start) {
        clauses.add(new Clause(text.substring(start, end), false, excluded));
      }
      i = Math.max(end, start + 1);
    }
    return new UserQuery(clauses);
  }

  private static boolean isOpeningQuote(char c) {
    return c == '"' || c == '“' || c == '„';
  }

  private static int closingQuote(String text, int from) {
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '"' || c == '”' || c == '“') {
        return j;
      }
    }
    return -1;
  }
}
