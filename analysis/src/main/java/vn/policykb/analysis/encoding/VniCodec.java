package vn.policykb.analysis.encoding;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.policykb.analysis.TextNormalization;

/**
 * VNI-Windows, the encoding of the VNI fonts: most letters are the base letter followed by one
 * byte for the mark (the shape and tone together), a few are single bytes. The bytes themselves
 * are Windows-1252, which is how {@code Việt} comes to be seen as {@code Vieät}.
 */
final class VniCodec implements LegacyCodec {

  /**
   * For each vowel (toneless, then grave, acute, hook, tilde, dot below) its VNI spelling as
   * Windows-1252 characters; {@code -} where the letter is plain ASCII. Upper case is the upper
   * case of both sides: VNI keeps its capital marks 0x20 below the small ones, as Latin-1 does.
   */
  private static final String TABLE = """
      a  -  aø aù aû aõ aï
      ă  aê aè aé aú aü aë
      â  aâ aà aá aå aã aä
      e  -  eø eù eû eõ eï
      ê  eâ eà eá eå eã eä
      i  -  ì  í  æ  ó  ò
      o  -  oø où oû oõ oï
      ô  oâ oà oá oå oã oä
      ơ  ô  ôø ôù ôû ôõ ôï
      u  -  uø uù uû uõ uï
      ư  ö  öø öù öû öõ öï
      y  -  yø yù yû yõ î
      đ  ñ
      """;

  private static final Map<String, Character> LETTER_OF = new HashMap<>();
  private static final Map<Character, String> SPELLING_OF = new HashMap<>();

  static {
    for (String line : TABLE.strip().split("\n")) {
      String[] fields = line.strip().split("\\s+");
      char vowel = fields[0].charAt(0);
      for (int tone = 0; tone + 1 < fields.length; tone++) {
        String spelling = fields[tone + 1];
        if (!spelling.equals("-")) {
          char letter = VietnameseLetters.withTone(vowel, tone);
          add(letter, spelling);
          add(Character.toUpperCase(letter), spelling.toUpperCase(Locale.ROOT));
        }
      }
    }
  }

  private static void add(char letter, String spelling) {
    LETTER_OF.put(spelling, letter);
    SPELLING_OF.put(letter, spelling);
  }

  @Override
  public String decode(byte[] bytes) {
    String chars = Windows1252.decode(bytes);
    StringBuilder out = new StringBuilder(chars.length());
    int i = 0;
    while (i < chars.length()) {
      Character pair = i + 1 < chars.length() ? LETTER_OF.get(chars.substring(i, i + 2)) : null;
      if (pair != null) {
        out.append(pair.charValue());
        i += 2;
        continue;
      }
      Character single = LETTER_OF.get(chars.substring(i, i + 1));
      out.append(single != null ? single.charValue() : chars.charAt(i));
      i++;
    }
    return TextNormalization.nfc(out);
  }

  @Override
  public byte[] encode(String text) {
    String nfc = TextNormalization.nfc(text);
    ByteArrayOutputStream out = new ByteArrayOutputStream(nfc.length() + 16);
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      String spelling = SPELLING_OF.get(c);
      if (spelling == null && (c < 0x80 || (!Character.isLetter(c) && Windows1252.byteOf(c) >= 0))) {
        // punctuation keeps its Windows-1252 byte; Latin-1 letters would read as VNI marks
        spelling = String.valueOf(c);
      }
      if (spelling == null) {
        out.write('?');
        continue;
      }
      for (int k = 0; k < spelling.length(); k++) {
        out.write(Windows1252.byteOf(spelling.charAt(k)));
      }
    }
    return out.toByteArray();
  }
}
