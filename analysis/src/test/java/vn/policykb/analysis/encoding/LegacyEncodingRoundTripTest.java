package vn.policykb.analysis.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.policykb.analysis.TextNormalization;

/** Every table must carry every Vietnamese letter there and back. */
class LegacyEncodingRoundTripTest {

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void everyLetterRoundTripsInASyllable(LegacyEncoding encoding) {
    for (String syllable : VietnameseSamples.letterSyllables()) {
      byte[] bytes = encoding.encode(syllable);
      assertTrue(noQuestionMark(bytes), () -> encoding + " cannot encode " + syllable);
      assertEquals(syllable, encoding.decode(bytes), () -> encoding + " " + syllable);
    }
  }

  @ParameterizedTest
  @EnumSource(value = LegacyEncoding.class, names = "TCVN3", mode = EnumSource.Mode.EXCLUDE)
  void everyLetterRoundTripsOnItsOwn(LegacyEncoding encoding) {
    for (char letter : VietnameseLetters.precomposed()) {
      String text = String.valueOf(letter);
      assertEquals(text, encoding.decode(encoding.encode(text)), () -> encoding + " " + letter);
    }
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void allLettersInOneTextRoundTrip(LegacyEncoding encoding) {
    String text = String.join(" ", VietnameseSamples.letterSyllables());
    assertEquals(text, encoding.decode(encoding.encode(text)));
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void paragraphRoundTrips(LegacyEncoding encoding) {
    byte[] bytes = encoding.encode(VietnameseSamples.PARAGRAPH);
    assertTrue(noQuestionMark(bytes));
    assertEquals(VietnameseSamples.PARAGRAPH, encoding.decode(bytes));
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void decodedTextIsNfcEvenFromDecomposedInput(LegacyEncoding encoding) {
    String decomposed = "Vie\u0323\u0302t Nam, Ha\u0300 No\u0323\u0302i";
    String decoded = encoding.decode(encoding.encode(decomposed));
    assertEquals("Việt Nam, Hà Nội", decoded);
    assertEquals(TextNormalization.nfc(decoded), decoded);
  }

  @ParameterizedTest
  @EnumSource(value = LegacyEncoding.class, names = {"WINDOWS_1258", "VISCII", "TCVN3"})
  void singleByteTablesGiveEachLetterOneByte(LegacyEncoding encoding) {
    Set<Integer> used = new HashSet<>();
    for (char letter : VietnameseLetters.precomposed()) {
      byte[] bytes = encoding.encode(String.valueOf(letter));
      if (encoding != LegacyEncoding.WINDOWS_1258) {
        assertEquals(1, bytes.length, () -> encoding + " " + letter);
      }
      if (bytes.length == 1) {
        assertTrue(used.add(bytes[0] & 0xFF), () -> encoding + " reuses a byte for " + letter);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void asciiPassesThrough(LegacyEncoding encoding) {
    String ascii = "Policy 57-NQ/TW (2024): science & technology!";
    assertArrayEquals(ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII), encoding.encode(ascii));
    assertEquals(ascii, encoding.decode(encoding.encode(ascii)));
  }

  private static boolean noQuestionMark(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '?') {
        return false;
      }
    }
    return true;
  }
}
