package vn.policykb.analysis.encoding;

import java.io.ByteArrayOutputStream;

/**
 * Windows-1252, the code page that legacy Vietnamese bytes are most often misread as. Reading it
 * backwards recovers the bytes behind a mojibake string.
 *
 * <p>The five bytes Windows-1252 leaves undefined read as the C1 control of the same value, as
 * browsers do, and C1 controls map back to their byte: that keeps the round trip lossless, also
 * for text that was misread as ISO-8859-1.
 */
final class Windows1252 {

  static final ByteTable TABLE = new ByteTable(
      "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F" // 0x80
      + "\u0090‘’“”•–—˜™š›œ\u009DžŸ" // 0x90
      + "\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯" // 0xA0
      + "°±²³´µ¶·¸¹º»¼½¾¿" // 0xB0
      + "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ" // 0xC0
      + "ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß" // 0xD0
      + "àáâãäåæçèéêëìíîï" // 0xE0
      + "ðñòóôõö÷øùúûüýþÿ"); // 0xF0

  private Windows1252() {}

  static String decode(byte[] bytes) {
    return TABLE.decode(bytes);
  }

  /** The byte that {@code c} was read from, or -1 when it cannot come from a single byte. */
  static int byteOf(char c) {
    if (c >= 0x80 && c <= 0x9F) {
      return c;
    }
    return TABLE.byteOf(c);
  }

  /** The bytes behind {@code text}; every character must pass {@link #byteOf(char)}. */
  static byte[] encode(CharSequence text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      int b = byteOf(text.charAt(i));
      if (b < 0) {
        throw new IllegalArgumentException("not a Windows-1252 character: U+%04X".formatted((int) text.charAt(i)));
      }
      out.write(b);
    }
    return out.toByteArray();
  }
}
