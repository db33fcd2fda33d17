package vn.policykb.analysis.encoding;

import java.util.HashMap;
import java.util.Map;

/**
 * A single-byte code page: the character of each of the 256 byte values, and the way back.
 * Bytes below 0x80 are ASCII unless a code page overrides them (VISCII and TCVN 5712 put letters
 * on a few control codes).
 */
final class ByteTable {

  private final char[] chars = new char[256];
  private final Map<Character, Integer> bytes = new HashMap<>();

  /**
   * @param high the characters of bytes 0x80 to 0xFF, 128 of them
   * @param lowBytes byte values below 0x80 that are not ASCII, each paired with the character at
   *     the same index in {@code lowChars}
   */
  ByteTable(String high, byte[] lowBytes, String lowChars) {
    if (high.length() != 128 || lowBytes.length != lowChars.length()) {
      throw new IllegalArgumentException("malformed code page table");
    }
    for (int b = 0; b < 0x80; b++) {
      chars[b] = (char) b;
    }
    for (int i = 0; i < lowBytes.length; i++) {
      chars[lowBytes[i]] = lowChars.charAt(i);
    }
    high.getChars(0, 128, chars, 0x80);
    for (int b = 255; b >= 0; b--) {
      bytes.put(chars[b], b);
    }
  }

  ByteTable(String high) {
    this(high, new byte[0], "");
  }

  char charAt(int unsignedByte) {
    return chars[unsignedByte];
  }

  /** The byte for {@code c}, or -1 when the code page has none. */
  int byteOf(char c) {
    Integer b = bytes.get(c);
    return b == null ? -1 : b;
  }

  String decode(byte[] input) {
    char[] out = new char[input.length];
    for (int i = 0; i < input.length; i++) {
      out[i] = chars[input[i] & 0xFF];
    }
    return new String(out);
  }
}
