package vn.policykb.ingest.quotes;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern of an attribution, and the part of it from the reporting verb on: that part alone is
 * cheap to look for, while the whole tries its lazy subject (and apposition) at every place; a
 * text without the part cannot match the whole, and most sentences have none.
 */
record Attribution(Predicate<SentenceWords> gate, Pattern pattern, Pattern clue) {

  static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;

  /** @param head what comes before the verb, the subject mostly; {@code tail} the rest */
  static Attribution of(String head, String tail) {
    return of(words -> true, head, tail);
  }

  /** @param gate words the sentence needs for the pattern to match: a cheaper test still */
  static Attribution of(Predicate<SentenceWords> gate, String head, String tail) {
    return new Attribution(gate, Pattern.compile(head + tail, FLAGS), head.isEmpty() ? null : Pattern.compile(tail, FLAGS));
  }

  /** A matcher of the pattern over the text, or null when the text has no place for it. */
  Matcher matcher(String text) {
    return clue == null || clue.matcher(text).find() ? pattern.matcher(text) : null;
  }

  Matcher matcher(String text, SentenceWords words) {
    return gate.test(words) ? matcher(text) : null;
  }
}
