package vn.policykb.analysis.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Known code points of each table, checked against published values. */
class LegacyCodecTablesTest {

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static byte[] western(String mojibake) {
    return mojibake.getBytes(Charset.forName("windows-1252"));
  }

  @Test
  void windows1252TableMatchesTheJdk() {
    assertTableMatchesJdk(Windows1252.TABLE, "windows-1252");
  }

  @Test
  void windows1258TableMatchesTheJdk() {
    assertTableMatchesJdk(Windows1258Codec.TABLE, "windows-1258");
  }

  private static void assertTableMatchesJdk(ByteTable table, String charsetName) {
    Charset jdk = Charset.forName(charsetName);
    for (int b = 0; b < 256; b++) {
      String expected = new String(new byte[] {(byte) b}, jdk);
      if (!expected.equals("\uFFFD")) {
        assertEquals(expected, String.valueOf(table.charAt(b)), "byte 0x%02X".formatted(b));
      }
    }
  }

  @Test
  void windows1258ComposesToneMarks() {
    // "Việt" as Windows writes it: ê precomposed, then the combining dot below (0xF2)
    assertEquals("Việt", LegacyEncoding.WINDOWS_1258.decode(bytes('V', 'i', 0xEA, 0xF2, 't')));
    assertArrayEquals(bytes('V', 'i', 0xEA, 0xF2, 't'), LegacyEncoding.WINDOWS_1258.encode("Việt"));
    // ặ decomposes with the dot before the breve: the encoder must still find the tone
    assertArrayEquals(bytes(0xE3, 0xF2), LegacyEncoding.WINDOWS_1258.encode("ặ"));
    assertArrayEquals(bytes(0xC3, 0xDE), LegacyEncoding.WINDOWS_1258.encode("Ẵ"));
    assertEquals("đường", LegacyEncoding.WINDOWS_1258.decode(bytes(0xF0, 0xFD, 0xF5, 0xCC, 'n', 'g')));
  }

  @Test
  void tcvn3ReadsTheAbcFonts() {
    assertEquals("Ninh Bình", LegacyEncoding.TCVN3.decode(western("Ninh B×nh")));
    assertEquals("Hà Nội", LegacyEncoding.TCVN3.decode(western("Hµ Néi")));
    assertEquals("Việt Nam", LegacyEncoding.TCVN3.decode(western("ViÖt Nam")));
    assertEquals("đường", LegacyEncoding.TCVN3.decode(bytes(0xAE, 0xAD, 0xEA, 'n', 'g')));
    assertEquals("ĂÂÊÔƠƯĐ", LegacyEncoding.TCVN3.decode(bytes(0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7)));
  }

  @Test
  void tcvn3KeepsWindowsPunctuationBetweenWords() {
    String text = "“Hà Nội” – nhiệt độ 30°C, ‘mưa’… • ±2 ™";
    byte[] encoded = LegacyEncoding.TCVN3.encode(text);
    assertEquals(text, LegacyEncoding.TCVN3.decode(encoded));
  }

  @Test
  void tcvn3ReadsCapitalsOnTheWindowsPunctuationBytes() {
    // À is 0x80, Ộ 0x97, Ạ 0x84: the euro sign, an em dash and a low quote in Windows-1252
    assertEquals("HÀ NỘI", LegacyEncoding.TCVN3.decode(bytes('H', 0x80, ' ', 'N', 0x97, 'I')));
    assertEquals("MẠNH", LegacyEncoding.TCVN3.decode(bytes('M', 0x84, 'N', 'H')));
    assertEquals("“HÀ NỘI”", LegacyEncoding.TCVN3.decode(bytes(0x93, 'H', 0x80, ' ', 'N', 0x97, 'I', 0x94)));
  }

  @Test
  void tcvn3ComposesItsCombiningTones() {
    // VN1 also has the five tones as combining marks (0xB0 to 0xB4)
    assertEquals("à", LegacyEncoding.TCVN3.decode(bytes('a', 0xB0)));
    assertEquals("Ấ", LegacyEncoding.TCVN3.decode(bytes(0xA2, 0xB3)));
  }

  @Test
  void vniSpellsLettersWithMarkBytes() {
    assertEquals("Xin chào các bạn", LegacyEncoding.VNI.decode(western("Xin chaøo caùc baïn")));
    assertEquals("Việt Nam", LegacyEncoding.VNI.decode(western("Vieät Nam")));
    assertEquals("Hà Nội", LegacyEncoding.VNI.decode(western("Haø Noäi")));
    assertEquals("người Đức", LegacyEncoding.VNI.decode(western("ngöôøi Ñöùc")));
    assertEquals("ĐẨY", LegacyEncoding.VNI.decode(western("ÑAÅY")));
    assertEquals("chỉ thị", LegacyEncoding.VNI.decode(western("chæ thò")));
    assertEquals("ngẫu nhiên", LegacyEncoding.VNI.decode(western("ngaãu nhieân")));
    assertEquals("mỹ", LegacyEncoding.VNI.decode(western("myõ")));
    assertEquals("kỵ", LegacyEncoding.VNI.decode(western("kî")));
  }

  @Test
  void visciiFollowsRfc1456() {
    assertEquals("Ạ", LegacyEncoding.VISCII.decode(bytes(0x80)));
    assertEquals("Õ", LegacyEncoding.VISCII.decode(bytes(0xA0)));
    assertEquals("ư", LegacyEncoding.VISCII.decode(bytes(0xDF)));
    assertEquals("Ữ", LegacyEncoding.VISCII.decode(bytes(0xFF)));
    assertEquals("ẲẴẪỶỸỴ", LegacyEncoding.VISCII.decode(bytes(0x02, 0x05, 0x06, 0x14, 0x19, 0x1E)));
    assertEquals("Việt Nam", LegacyEncoding.VISCII.decode(bytes('V', 'i', 0xAE, 't', ' ', 'N', 'a', 'm')));
  }

  @Test
  void windows1252ReadsBackMojibakeFromEitherWesternDecoder() {
    byte[] original = bytes('H', 0x80, 0x93, 0x81, 0xB5, 0xFF);
    assertArrayEquals(original, Windows1252.encode(Windows1252.decode(original)));
    assertArrayEquals(original, Windows1252.encode(new String(original, StandardCharsets.ISO_8859_1)));
    assertEquals(0xD7, Windows1252.byteOf('×'));
    assertEquals(0x96, Windows1252.byteOf('–'));
    assertEquals(-1, Windows1252.byteOf('ệ'));
  }

  @Test
  void tcvn3LettersOutsideThePunctuationRangeRoundTripOnTheirOwn() {
    int alone = 0;
    for (char letter : VietnameseLetters.precomposed()) {
      byte[] encoded = LegacyEncoding.TCVN3.encode(String.valueOf(letter));
      int b = encoded[0] & 0xFF;
      if (b < 0x80 || b > 0x9F) {
        assertEquals(String.valueOf(letter), LegacyEncoding.TCVN3.decode(encoded), "letter " + letter);
        alone++;
      }
    }
    // 32 capitals share 0x80-0x9F with Windows-1252 punctuation; inside words they round-trip too
    assertEquals(134 - 32, alone);
  }
}
