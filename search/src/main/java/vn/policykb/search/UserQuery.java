package vn.policykb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader typed: words and quoted phrases, each possibly excluded with a leading {@code -}
 * or joined to the one before by {@code OR}, and {@code field:value} filters (see
 * {@link FilterSyntax}).
 *
 * <p>Parsing never fails: an unbalanced quote is read as a plain character, an unknown field or
 * a value that does not parse stays text, a dangling {@code OR} is a word, and a query of nothing
 * but punctuation has no clauses.
 */
public record UserQuery(List<Clause> clauses, List<QueryFilter> filters) {

  /**
   * One word (which analysis may still split, {@code 57-NQ/TW}) or one quoted phrase.
   *
   * @param orWithPrevious the reader typed {@code OR} between this clause and the one before:
   *     either may match
   */
  public record Clause(String text, boolean phrase, boolean excluded, boolean orWithPrevious) {

    public Clause(String text, boolean phrase, boolean excluded) {
      this(text, phrase, excluded, false);
    }
  }

  private static final Pattern FIELD = Pattern.compile("([A-Za-z]{2,12}):(.*)", Pattern.DOTALL);

  public UserQuery {
    clauses = List.copyOf(clauses);
    filters = List.copyOf(filters);
  }

  public UserQuery(List<Clause> clauses) {
    this(clauses, List.of());
  }

  public List<Clause> included() {
    return clauses.stream().filter(c -> !c.excluded()).toList();
  }

  public List<Clause> excluded() {
    return clauses.stream().filter(Clause::excluded).toList();
  }

  /**
   * The included clauses in groups of alternatives: {@code a OR b c} is {@code [[a, b], [c]]}.
   */
  public List<List<Clause>> alternatives() {
    List<List<Clause>> groups = new ArrayList<>();
    for (Clause clause : included()) {
      if (clause.orWithPrevious() && !groups.isEmpty()) {
        groups.getLast().add(clause);
      } else {
        groups.add(new ArrayList<>(List.of(clause)));
      }
    }
    return groups.stream().map(List::copyOf).toList();
  }

  /**
   * Past this many words a query is a pasted text, not typed syntax: its dashes, quote marks and
   * colons are the text's own ("drivers -science and technology" must not exclude "science").
   */
  static final int PASTED_TEXT_WORDS = 40;

  public static UserQuery parse(String input) {
    List<Token> tokens = tokenize(input == null ? "" : input.strip());
    if (tokens.size() > PASTED_TEXT_WORDS) {
      List<Clause> words = new ArrayList<>();
      for (String word : input.strip().split("\\s+")) {
        words.add(new Clause(word, false, false));
      }
      return new UserQuery(words, List.of());
    }
    List<Clause> clauses = new ArrayList<>();
    List<QueryFilter> filters = new ArrayList<>();
    boolean pendingOr = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean isOr = !token.quoted() && !token.excluded() && token.text().equals("OR");
      if (isOr && !clauses.isEmpty() && i + 1 < tokens.size() && !pendingOr
          && !clauses.getLast().excluded() && !tokens.get(i + 1).excluded()) {
        pendingOr = true;
        continue;
      }
      if (token.field() != null) {
        Optional<QueryFilter> filter = FilterSyntax.parse(token.field(), token.text());
        if (filter.isPresent() && !token.excluded()) {
          filters.add(filter.get());
          pendingOr = false;
          continue;
        }
      }
      String text = token.field() == null ? token.text() : token.field() + ":" + token.text();
      clauses.add(new Clause(text, token.quoted() && token.field() == null, token.excluded(), pendingOr));
      pendingOr = false;
    }
    return new UserQuery(clauses, filters);
  }

  /** A word or quoted phrase as typed, with its field prefix if any. */
  private record Token(String field, String text, boolean quoted, boolean excluded) {}

  private static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
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
      if (isOpeningQuote(text.charAt(start))) {
        int close = closingQuote(text, start + 1);
        if (close > start + 1) {
          tokens.add(new Token(null, text.substring(start + 1, close), true, excluded));
          i = close + 1;
          continue;
        }
      }
      int end = start;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      String word = text.substring(start, end);
      Matcher field = FIELD.matcher(word);
      if (field.matches() && !field.group(2).isEmpty()) {
        String value = field.group(2);
        int valueStart = start + field.start(2);
        if (isOpeningQuote(value.charAt(0))) {
          int close = closingQuote(text, valueStart + 1);
          if (close > valueStart + 1) {
            tokens.add(new Token(field.group(1), text.substring(valueStart + 1, close), true, excluded));
            i = close + 1;
            continue;
          }
        }
        tokens.add(new Token(field.group(1), value, false, excluded));
      } else if (!word.isEmpty()) {
        tokens.add(new Token(null, word, false, excluded));
      }
      i = Math.max(end, start + 1);
    }
    return tokens;
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
