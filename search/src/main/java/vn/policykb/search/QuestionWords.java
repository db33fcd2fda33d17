package vn.policykb.search;

import java.util.List;
import java.util.Set;

/**
 * The words that make a Vietnamese query a question ({@code gì}, {@code như thế nào},
 * {@code có … không}): they say what the reader wants to know, not what the answer contains.
 *
 * <p>An answer rarely repeats them ("Suy giáp là gì?" is answered by "Suy giáp là tình trạng…"),
 * so a document must not need them to match, and a passage that happens to contain a rare
 * question word ({@code gì}, {@code nào}) must not rank on it.
 */
final class QuestionWords {

  /** Question words on their own. */
  private static final Set<String> SINGLE = Set.of("gì", "nào", "đâu", "mấy", "chăng", "hả", "hở", "nhỉ", "ư");

  /** Question words of two syllables, whose parts alone are ordinary words ({@code sao}: star). */
  private static final Set<String> PAIRS = Set.of(
      "thế nào", "ra sao", "tại sao", "vì sao", "làm sao", "bao nhiêu", "bao lâu", "bao giờ", "bao xa",
      "là gì", "khi nào", "lúc nào", "ở đâu", "như nào");

  /** Words that ask only at the end of a question of some length: {@code Có nên … không?}. */
  private static final Set<String> FINAL = Set.of("không", "chưa", "chứ", "à", "ạ");

  private static final int FINAL_MIN_WORDS = 3;

  /**
   * How a question opens that asks what a term means ({@code Định nghĩa của "X"?}, {@code Thế nào
   * là X?}): the words that follow are the term, which a definition goes on with {@code là}.
   */
  private static final List<List<String>> DEFINITION_OPENERS = List.of(
      List.of("định", "nghĩa", "của"), List.of("định", "nghĩa", "về"), List.of("định", "nghĩa"),
      List.of("khái", "niệm", "của"), List.of("khái", "niệm", "về"), List.of("khái", "niệm"),
      List.of("thế", "nào", "là"), List.of("như", "thế", "nào", "là"), List.of("hiểu", "thế", "nào", "là"),
      List.of("hiểu", "thế", "nào", "về"));

  private QuestionWords() {}

  /**
   * Which of the words are question words.
   *
   * @param words each word of the query analysed to its exact (lower-case, diacritics kept) form,
   *     or null where a word is not a single plain syllable (a phrase, a number that analysis splits)
   */
  static boolean[] mark(List<String> words) {
    boolean[] question = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word == null) {
        continue;
      }
      if (SINGLE.contains(word)) {
        question[i] = true;
      }
      if (i + 1 < words.size() && words.get(i + 1) != null && PAIRS.contains(word + " " + words.get(i + 1))) {
        question[i] = true;
        question[i + 1] = true;
        // "như thế nào": "như thế" alone is "like that", asked only with "nào"
        if (i > 0 && "như".equals(words.get(i - 1)) && "thế".equals(word)) {
          question[i - 1] = true;
        }
      }
    }
    int opener = definitionOpener(words);
    for (int i = 0; i < opener; i++) {
      question[i] = true;
    }
    int last = words.size() - 1;
    if (words.size() >= FINAL_MIN_WORDS && words.get(last) != null && FINAL.contains(words.get(last))) {
      question[last] = true;
    }
    return question;
  }

  /**
   * How many of the first words ask what the rest means ({@code định nghĩa của}), 0 when the query
   * is no such question; a term must follow.
   */
  static int definitionOpener(List<String> words) {
    for (List<String> opener : DEFINITION_OPENERS) {
      if (words.size() > opener.size() && opener.equals(words.subList(0, opener.size()))) {
        return opener.size();
      }
    }
    return 0;
  }
}
