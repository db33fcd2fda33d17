package vn.policykb.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LetterRunsTest {

  /** The patterns the scan stands for: registry words, and names with an apostrophe. */
  private static final Pattern JOINED_BY_HYPHEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-&][\\p{L}\\p{M}\\p{N}]+)*");
  private static final Pattern JOINED_BY_APOSTROPHE = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}]+)*");

  @Test
  void findsTheWordsOfVietnameseAndEnglishText() {
    String text = "Nghị quyết 57-NQ/TW về KH&CN; start-up O'Neill's “đổi mới” COVID-19 và Hoà";

    assertThat(words(text, "-&", true)).containsExactly(
        "Nghị", "quyết", "57-NQ", "TW", "về", "KH&CN", "start-up", "O", "Neill", "s", "đổi", "mới", "COVID-19", "và", "Hoà");
    assertThat(words(text, "'’", false)).containsExactly(
        "Nghị", "quyết", "57", "NQ", "TW", "về", "KH", "CN", "start", "up", "O'Neill's", "đổi", "mới", "COVID", "19", "và", "Hoà");
  }

  @Test
  void aDecomposedSyllableIsOneWord() {
    String decomposed = java.text.Normalizer.normalize("Tô Lâm", java.text.Normalizer.Form.NFD);

    assertThat(words(decomposed, "-&", true)).hasSize(2).allSatisfy(word -> assertThat(decomposed).contains(word));
  }

  @Test
  void findsWhatTheCharacterClassPatternsFind() {
    // letters of every kind, marks of every kind, digits of every kind, joiners, and characters
    // outside the basic plane
    String[] alphabet = {"a", "Z", "ệ", "Đ", "ǅ", "ʰ", "\u0301", "\u0903", "\u20DD", "5", "٣", "Ⅻ", "½", "𝐀", "𝟘",
        "-", "&", "'", "’", " ", ".", ",", "\n", "“"};
    Random random = new Random(68);
    for (int trial = 0; trial < 5_000; trial++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(24); i > 0; i--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = text.toString();
      assertThat(words(s, "-&", true)).as(s).isEqualTo(matches(JOINED_BY_HYPHEN, s));
      assertThat(words(s, "'’", false)).as(s).isEqualTo(matches(JOINED_BY_APOSTROPHE, s));
    }
  }

  private static List<String> words(String text, String joiners, boolean digitsAfterJoiner) {
    List<String> words = new ArrayList<>();
    LetterRuns.scan(text, joiners, digitsAfterJoiner, (start, end) -> words.add(text.substring(start, end)));
    return words;
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
