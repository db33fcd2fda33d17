package vn.policykb.analysis.encoding;

import com.ibm.icu.text.Normalizer2;
import java.io.ByteArrayOutputStream;
import vn.policykb.analysis.TextNormalization;

/**
 * Windows-1258: Windows-1252 with the letters Vietnamese needs swapped in, but only the toneless
 * ones ({@code ă â đ ê ô ơ ư}) and a few toned Latin-1 letters ({@code à á é ...}) are precomposed;
 * every other tone is a combining mark after its letter. Decoded text is therefore decomposed and
 * is put into NFC here.
 */
final class Windows1258Codec implements LegacyCodec {

  static final ByteTable TABLE = new ByteTable(
      "€\u0081‚ƒ„…†‡ˆ‰\u008A‹Œ\u008D\u008E\u008F" // 0x80
      + "\u0090‘’“”•–—˜™\u009A›œ\u009D\u009EŸ" // 0x90
      + "\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯" // 0xA0
      + "°±²³´µ¶·¸¹º»¼½¾¿" // 0xB0
      + "ÀÁÂĂÄÅÆÇÈÉÊË\u0300ÍÎÏ" // 0xC0
      + "ĐÑ\u0309ÓÔƠÖ×ØÙÚÛÜƯ\u0303ß" // 0xD0
      + "àáâăäåæçèéêë\u0301íîï" // 0xE0
      + "đñ\u0323óôơö÷øùúûüư₫ÿ"); // 0xF0

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  @Override
  public String decode(byte[] bytes) {
    return TextNormalization.nfc(TABLE.decode(bytes));
  }

  /**
   * Encodes the way Windows does: a precomposed character when the code page has one, else the
   * toneless letter followed by the tone mark.
   */
  @Override
  public byte[] encode(String text) {
    String nfc = TextNormalization.nfc(text);
    ByteArrayOutputStream out = new ByteArrayOutputStream(nfc.length() + 16);
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      int b = TABLE.byteOf(c);
      if (b >= 0) {
        out.write(b);
        continue;
      }
      // canonical order puts the dot below before a circumflex or breve: look for the tone anywhere
      String decomposed = NFD.normalize(String.valueOf(c));
      int tonePosition = -1;
      for (int k = 1; k < decomposed.length(); k++) {
        if (VietnameseLetters.TONE_MARKS.indexOf(decomposed.charAt(k)) >= 0) {
          tonePosition = k;
        }
      }
      int toneByte = tonePosition < 0 ? -1 : TABLE.byteOf(decomposed.charAt(tonePosition));
      String letter = tonePosition < 0 ? "" : TextNormalization.nfc(
          decomposed.substring(0, tonePosition) + decomposed.substring(tonePosition + 1));
      int letterByte = letter.length() == 1 ? TABLE.byteOf(letter.charAt(0)) : -1;
      if (toneByte >= 0 && letterByte >= 0) {
        out.write(letterByte);
        out.write(toneByte);
      } else {
        out.write('?');
      }
    }
    return out.toByteArray();
  }
}
