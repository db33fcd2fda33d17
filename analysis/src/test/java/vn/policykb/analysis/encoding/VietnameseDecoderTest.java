package vn.policykb.analysis.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.policykb.analysis.TextNormalization;

class VietnameseDecoderTest {

  private static final String PARAGRAPH = VietnameseSamples.PARAGRAPH;

  private static final String FRENCH = "Le gouvernement a présenté jeudi un projet de loi très attendu"
      + " sur la sécurité, où l'on trouve des mesures déjà annoncées à l'été. Les députés voteront.";

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static void assertDecoded(DecodedText decoded, String text, String encoding, boolean converted) {
    assertFalse(decoded.undecodable(), decoded.reason());
    assertEquals(text, decoded.text());
    assertEquals(encoding, decoded.encoding());
    assertEquals(converted, decoded.converted());
    assertNotNull(decoded.reason());
    assertEquals(TextNormalization.nfc(decoded.text()), decoded.text());
  }

  @Test
  void readsUtf8() {
    DecodedText decoded = VietnameseDecoder.decode(PARAGRAPH.getBytes(StandardCharsets.UTF_8), null);
    assertDecoded(decoded, PARAGRAPH, "UTF-8", false);
  }

  @Test
  void readsUtf8WithByteOrderMarkWhateverIsDeclared() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PARAGRAPH.getBytes(StandardCharsets.UTF_8));
    assertDecoded(VietnameseDecoder.decode(bytes, "windows-1252"), PARAGRAPH, "UTF-8", false);
  }

  @Test
  void readsUtf16WithByteOrderMark() {
    assertDecoded(VietnameseDecoder.decode(("\uFEFF" + PARAGRAPH).getBytes(StandardCharsets.UTF_16BE), null),
        PARAGRAPH, "UTF-16BE", false);
    assertDecoded(VietnameseDecoder.decode(("\uFEFF" + PARAGRAPH).getBytes(StandardCharsets.UTF_16LE), null),
        PARAGRAPH, "UTF-16LE", false);
  }

  @Test
  void readsUtf16WithoutByteOrderMark() {
    assertDecoded(VietnameseDecoder.decode(PARAGRAPH.getBytes(StandardCharsets.UTF_16LE), null),
        PARAGRAPH, "UTF-16LE", false);
  }

  @Test
  void composesDecomposedUtf8() {
    byte[] bytes = "Vie\u0323\u0302t Nam".getBytes(StandardCharsets.UTF_8);
    assertDecoded(VietnameseDecoder.decode(bytes, "utf-8"), "Việt Nam", "UTF-8", false);
  }

  @Test
  void readsAscii() {
    assertDecoded(VietnameseDecoder.decode("Resolution 57-NQ/TW".getBytes(StandardCharsets.US_ASCII), "TCVN3"),
        "Resolution 57-NQ/TW", "US-ASCII", false);
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void detectsEachLegacyEncodingWithoutDeclaration(LegacyEncoding encoding) {
    DecodedText decoded = VietnameseDecoder.decode(encoding.encode(PARAGRAPH), null);
    assertDecoded(decoded, PARAGRAPH, encoding.label(), true);
    assertTrue(decoded.reason().contains("reads as Vietnamese"), decoded.reason());
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void detectsEachLegacyEncodingInAShortTitle(LegacyEncoding encoding) {
    String title = "Hội nghị Trung ương lần thứ mười một";
    assertDecoded(VietnameseDecoder.decode(encoding.encode(title), null), title, encoding.label(), true);
  }

  @ParameterizedTest
  @EnumSource(value = LegacyEncoding.class, names = {"TCVN3", "VISCII"})
  void readsCapitalsThatSitOnControlCodes(LegacyEncoding encoding) {
    // TCVN3 puts Ứ, Ụ, Ý on 0x11, 0x02, 0x16; VISCII puts Ỵ and Ỹ on 0x1E and 0x19
    String heading = "ỨNG DỤNG KỸ THUẬT SỐ: Ý KIẾN VỀ ỨNG DỤNG";
    byte[] bytes = encoding.encode(heading);
    assertDecoded(VietnameseDecoder.decode(bytes, null), heading, encoding.label(), true);
    String ascii = encoding == LegacyEncoding.TCVN3 ? "\u0011NG D\u0002NG" : "K\u0019 M\u001E";
    String expected = encoding == LegacyEncoding.TCVN3 ? "ỨNG DỤNG" : "KỸ MỴ";
    assertDecoded(VietnameseDecoder.decode(ascii.getBytes(StandardCharsets.US_ASCII), null),
        expected, encoding.label(), true);
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void acceptsACorrectDeclaration(LegacyEncoding encoding) {
    DecodedText decoded = VietnameseDecoder.decode(encoding.encode(PARAGRAPH), encoding.label());
    assertDecoded(decoded, PARAGRAPH, encoding.label(), true);
    assertTrue(decoded.reason().startsWith("declared"), decoded.reason());
  }

  @Test
  void recognisesLegacyCharsetAliases() {
    byte[] tcvn = LegacyEncoding.TCVN3.encode(PARAGRAPH);
    for (String alias : new String[] {"TCVN", "tcvn-5712", "x-viet-tcvn5712", "\"TCVN3\""}) {
      assertTrue(VietnameseDecoder.decode(tcvn, alias).reason().startsWith("declared"), alias);
    }
    assertTrue(VietnameseDecoder.decode(LegacyEncoding.WINDOWS_1258.encode(PARAGRAPH), "CP1258")
        .reason().startsWith("declared"));
    assertTrue(VietnameseDecoder.decode(LegacyEncoding.VNI.encode(PARAGRAPH), "vni-windows")
        .reason().startsWith("declared"));
  }

  @Test
  void overrulesALegacyDeclarationForValidUtf8() {
    DecodedText decoded = VietnameseDecoder.decode(PARAGRAPH.getBytes(StandardCharsets.UTF_8), "windows-1258");
    assertDecoded(decoded, PARAGRAPH, "UTF-8", false);
    assertTrue(decoded.reason().contains("declared windows-1258 overruled"), decoded.reason());
  }

  @Test
  void overrulesALatin1DeclarationForTcvn3() {
    DecodedText decoded = VietnameseDecoder.decode(LegacyEncoding.TCVN3.encode(PARAGRAPH), "ISO-8859-1");
    assertDecoded(decoded, PARAGRAPH, "TCVN3", true);
    assertTrue(decoded.reason().contains("declared ISO-8859-1 overruled"), decoded.reason());
  }

  @Test
  void overrulesAUtf8DeclarationForVni() {
    DecodedText decoded = VietnameseDecoder.decode(LegacyEncoding.VNI.encode(PARAGRAPH), "UTF-8");
    assertDecoded(decoded, PARAGRAPH, "VNI-Windows", true);
    assertTrue(decoded.reason().contains("declared UTF-8 overruled"), decoded.reason());
  }

  @Test
  void overrulesAWrongLegacyDeclaration() {
    DecodedText decoded = VietnameseDecoder.decode(LegacyEncoding.VISCII.encode(PARAGRAPH), "windows-1258");
    assertDecoded(decoded, PARAGRAPH, "VISCII", true);
    assertTrue(decoded.reason().contains("declared windows-1258 overruled"), decoded.reason());
  }

  @Test
  void ignoresAnUnknownDeclaration() {
    DecodedText decoded = VietnameseDecoder.decode(LegacyEncoding.TCVN3.encode(PARAGRAPH), "x-no-such-charset");
    assertDecoded(decoded, PARAGRAPH, "TCVN3", true);
    assertTrue(decoded.reason().contains("x-no-such-charset is unknown"), decoded.reason());
  }

  @Test
  void keepsAWesternDeclarationForWesternText() {
    assertDecoded(VietnameseDecoder.decode(FRENCH.getBytes(StandardCharsets.ISO_8859_1), "iso-8859-1"),
        FRENCH, "windows-1252", true);
  }

  @Test
  void keepsADeclaredWindows1258ForEnglishWithCurlyQuotes() {
    String english = "He said “hello” – and left… The end.";
    DecodedText decoded = VietnameseDecoder.decode(english.getBytes(Charset.forName("windows-1252")), "windows-1258");
    assertDecoded(decoded, english, "windows-1258", true);
  }

  @Test
  void readsWesternTextWithoutDeclaration() {
    DecodedText decoded = VietnameseDecoder.decode(FRENCH.getBytes(StandardCharsets.ISO_8859_1), null);
    assertFalse(decoded.undecodable());
    assertEquals(FRENCH, decoded.text());
    assertTrue(decoded.converted());
  }

  @Test
  void asksIcuAboutOtherLanguages() {
    String japanese = "ベトナム政府は二〇三〇年までのデジタル経済発展の新しい計画を承認しました。";
    assertDecoded(VietnameseDecoder.decode(japanese.getBytes(Charset.forName("Shift_JIS")), null),
        japanese, "Shift_JIS", true);
    String russian = "Правительство Вьетнама утвердило новую программу развития цифровой экономики"
        + " на период до 2030 года.";
    assertDecoded(VietnameseDecoder.decode(russian.getBytes(Charset.forName("windows-1251")), null),
        russian, "windows-1251", true);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 42, 20250315})
  void flagsRandomBytes(long seed) {
    byte[] bytes = new byte[4096];
    new Random(seed).nextBytes(bytes);
    assertUndecodable(VietnameseDecoder.decode(bytes, null));
    assertUndecodable(VietnameseDecoder.decode(bytes, "windows-1258"));
  }

  @Test
  void flagsRandomHighBytesEvenWithSpaces() {
    Random random = new Random(7);
    byte[] bytes = new byte[2000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = i % 6 == 5 ? (byte) ' ' : (byte) (0xA0 + random.nextInt(0x60));
    }
    assertUndecodable(VietnameseDecoder.decode(bytes, null));
  }

  @Test
  void flagsBinaryZeros() {
    assertUndecodable(VietnameseDecoder.decode(new byte[256], null));
  }

  @Test
  void flagsTextMostlyMadeOfReplacementCharacters() {
    String damaged = "Vi\uFFFD\uFFFDt Nam \uFFFD\uFFFD\uFFFD\uFFFD n\uFFFDm 2025 \uFFFD\uFFFD";
    DecodedText decoded = VietnameseDecoder.decode(damaged.getBytes(StandardCharsets.UTF_8), "UTF-8");
    assertUndecodable(decoded);
    assertTrue(decoded.reason().contains("replacement characters"), decoded.reason());
  }

  @Test
  void decodesEmptyInputAsEmptyText() {
    DecodedText decoded = VietnameseDecoder.decode(new byte[0], null);
    assertFalse(decoded.undecodable());
    assertEquals("", decoded.text());
  }

  @Test
  void rejectsNullBytes() {
    assertThrows(NullPointerException.class, () -> VietnameseDecoder.decode(null, null));
  }

  private static void assertUndecodable(DecodedText decoded) {
    assertTrue(decoded.undecodable(), () -> decoded.encoding() + ": " + decoded.reason());
    assertEquals("", decoded.text());
    assertTrue(decoded.reason().startsWith(VietnameseDecoder.NOT_TEXT), decoded.reason());
  }
}
