package vn.policykb.analysis.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.analysis.TextNormalization;

class VietnameseLettersTest {

  @Test
  void has134DistinctPrecomposedLetters() {
    List<Character> letters = VietnameseLetters.precomposed();
    assertEquals(134, letters.size());
    assertEquals(134, new HashSet<>(letters).size());
    for (char c : letters) {
      assertTrue(Character.isLetter(c), () -> "not a letter: " + c);
      assertTrue(c > 0x7F, () -> "ASCII: " + c);
      assertEquals(String.valueOf(c), TextNormalization.nfc(String.valueOf(c)), "not NFC: " + c);
    }
  }

  @Test
  void halfAreSmallHalfCapital() {
    List<Character> letters = VietnameseLetters.precomposed();
    assertEquals(67, letters.stream().filter(Character::isLowerCase).count());
    assertEquals(67, letters.stream().filter(Character::isUpperCase).count());
  }

  @Test
  void coversEveryToneOfEveryVowelAndDStroke() {
    String all = VietnameseLetters.precomposed().stream().map(String::valueOf).reduce("", String::concat);
    for (String expected : List.of("àáảãạ", "ằắẳẵặ", "ầấẩẫậ", "èéẻẽẹ", "ềếểễệ", "ìíỉĩị", "òóỏõọ", "ồốổỗộ",
        "ờớởỡợ", "ùúủũụ", "ừứửữự", "ỳýỷỹỵ", "ăâêôơưđ", "ỲÝỶỸỴ", "ĂÂĐÊÔƠƯ", "ẶẬỆỘỢỰ")) {
      for (char c : expected.toCharArray()) {
        assertTrue(all.indexOf(c) >= 0, () -> "missing " + c);
      }
    }
  }

  @Test
  void splitsToneFromVowel() {
    assertEquals('ê', VietnameseLetters.toneless('ệ'));
    assertEquals(5, VietnameseLetters.tone('ệ'));
    assertEquals('ư', VietnameseLetters.toneless('ừ'));
    assertEquals(1, VietnameseLetters.tone('ừ'));
    assertEquals('đ', VietnameseLetters.toneless('đ'));
    assertEquals(0, VietnameseLetters.tone('a'));
    assertEquals(0, VietnameseLetters.toneless('ß'));
    assertEquals(0, VietnameseLetters.toneless('ö'));
  }
}
