package vn.policykb.analysis.encoding;

import java.io.ByteArrayOutputStream;
import vn.policykb.analysis.TextNormalization;

/**
 * TCVN3, the encoding of the ABC fonts ({@code .VnTime}), read with the full TCVN 5712:1993 (VN1)
 * table so that capitals with tones decode too.
 *
 * <p>The ABC fonts themselves have no toned capitals: headings were set in the capital fonts
 * ({@code .VnTimeH}), which draw the small letters' codes as capitals. Such text decodes to small
 * letters; the case is lost with the font and cannot be recovered from the bytes.
 *
 * <p>VN1 puts capitals on 0x80 to 0x9F and combining tone marks on 0xB0 to 0xB4, where text typed
 * with the ABC fonts on Windows has Windows-1252 punctuation ({@code “ ” – …}) and signs
 * ({@code ° ±}). Each word holding such bytes is read both ways and keeps the reading that makes
 * more Vietnamese syllables; on a tie a capital wins only between two letters and a tone mark only
 * after a vowel. A word with no other letter ({@code –}, {@code …}) stays punctuation, so a toned
 * capital standing alone as a word, such as {@code Ở}, decodes as its Windows-1252 sign.
 */
final class Tcvn3Codec implements LegacyCodec {

  static final ByteTable TABLE = new ByteTable(
      "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ" // 0x80
      + "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ" // 0x90
      + "\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ" // 0xA0
      + "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ" // 0xB0
      + "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ" // 0xC0
      + "éẹềểễếệìỉỄẾỒĩíịò" // 0xD0
      + "Ổỏõóọồổỗốộờởỡớợù" // 0xE0
      + "ỖủũúụừửữứựỳỷỹýỵỐ", // 0xF0
      new byte[] {0x01, 0x02, 0x04, 0x05, 0x06, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17},
      "ÚỤỪỬỮỨỰỲỶỸÝỴ");

  /** Words with more two-way bytes than this keep the tie-break reading: 2^8 readings at most. */
  private static final int MAX_AMBIGUOUS = 8;

  @Override
  public String decode(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      if (isSpace(bytes[i])) {
        out.append((char) bytes[i++]);
        continue;
      }
      int end = i;
      int ambiguous = 0;
      while (end < bytes.length && !isSpace(bytes[end])) {
        if (isAmbiguous(bytes[end])) {
          ambiguous++;
        }
        end++;
      }
      out.append(ambiguous == 0 ? plain(bytes, i, end) : resolve(bytes, i, end, ambiguous));
      i = end;
    }
    return TextNormalization.nfc(out);
  }

  @Override
  public byte[] encode(String text) {
    String nfc = TextNormalization.nfc(text);
    ByteArrayOutputStream out = new ByteArrayOutputStream(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      int b = TABLE.byteOf(c);
      if (b < 0 && !Character.isLetter(c)) {
        b = Windows1252.byteOf(c);
      }
      out.write(b < 0 ? '?' : b);
    }
    return out.toByteArray();
  }

  static boolean isAmbiguous(byte b) {
    int u = b & 0xFF;
    return (u >= 0x80 && u <= 0x9F) || (u >= 0xB0 && u <= 0xB4);
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0B;
  }

  private static String plain(byte[] bytes, int from, int to) {
    StringBuilder word = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      word.append(TABLE.charAt(bytes[i] & 0xFF));
    }
    return word.toString();
  }

  private static String resolve(byte[] bytes, int from, int to, int ambiguous) {
    int[] positions = new int[ambiguous];
    int tieBreak = 0;
    for (int i = from, k = 0; i < to; i++) {
      if (isAmbiguous(bytes[i])) {
        positions[k] = i;
        if (prefersTcvn(bytes, from, to, i)) {
          tieBreak |= 1 << k;
        }
        k++;
      }
    }
    // a word of punctuation only ("–", "…") is never read as capitals
    if (ambiguous > MAX_AMBIGUOUS || !hasPlainLetter(bytes, from, to)) {
      return read(bytes, from, to, positions, tieBreak);
    }
    int best = tieBreak;
    int bestScore = score(read(bytes, from, to, positions, tieBreak));
    for (int mask = 0; mask < 1 << ambiguous; mask++) {
      if (mask != tieBreak) {
        int score = score(read(bytes, from, to, positions, mask));
        if (score > bestScore) {
          best = mask;
          bestScore = score;
        }
      }
    }
    return read(bytes, from, to, positions, best);
  }

  /** The word with the two-way bytes whose bit is set in {@code mask} read as TCVN3, the rest as Windows-1252. */
  private static String read(byte[] bytes, int from, int to, int[] positions, int mask) {
    StringBuilder word = new StringBuilder(to - from);
    for (int i = from, k = 0; i < to; i++) {
      int b = bytes[i] & 0xFF;
      if (k < positions.length && positions[k] == i) {
        word.append((mask & (1 << k)) != 0 ? TABLE.charAt(b) : Windows1252.TABLE.charAt(b));
        k++;
      } else {
        word.append(TABLE.charAt(b));
      }
    }
    return word.toString();
  }

  private static boolean prefersTcvn(byte[] bytes, int from, int to, int i) {
    int b = bytes[i] & 0xFF;
    if (b >= 0xB0) {
      return i > from && isToneless(TABLE.charAt(bytes[i - 1] & 0xFF));
    }
    char western = Windows1252.TABLE.charAt(b);
    if (Character.isISOControl(western) || Character.isLetter(western)) {
      return true;
    }
    return i > from && i + 1 < to && isPlainLetter(bytes[i - 1]) && isPlainLetter(bytes[i + 1]);
  }

  private static boolean hasPlainLetter(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isPlainLetter(bytes[i])) {
        return true;
      }
    }
    return false;
  }

  /** A byte that reads as a letter in TCVN3 and has no other reading. */
  private static boolean isPlainLetter(byte b) {
    return !isAmbiguous(b) && Character.isLetter(TABLE.charAt(b & 0xFF));
  }

  private static boolean isToneless(char c) {
    char lower = Character.toLowerCase(c);
    return VietnameseLetters.VOWELS.indexOf(lower) >= 0;
  }

  /** Two points per Vietnamese syllable, minus one per other run of letters. */
  private static int score(String word) {
    String nfc = TextNormalization.nfc(word);
    int score = 0;
    int i = 0;
    while (i < nfc.length()) {
      if (!isWordChar(nfc.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < nfc.length() && isWordChar(nfc.charAt(end))) {
        end++;
      }
      score += VietnameseSyllable.isValid(nfc.substring(i, end)) ? 2 : -1;
      i = end;
    }
    return score;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
