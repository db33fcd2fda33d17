package vn.policykb.analysis.encoding;

import java.util.Optional;

/**
 * Whether decoded characters can be text at all, whatever the language: binary data and text
 * decoded with a wrong multi-byte table are full of control, unassigned or replacement characters.
 */
final class TextPlausibility {

  /** Long text in a Latin script has a space every 50 characters at the very least. */
  private static final int SPACED_TEXT_MIN_LENGTH = 64;

  private TextPlausibility() {}

  /** What makes {@code text} implausible as text, or empty when nothing does. */
  static Optional<String> problem(String text) {
    int length = text.length();
    int controls = 0;
    int replacements = 0;
    int unassigned = 0;
    for (int i = 0; i < length; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0xFFFD) {
        replacements++;
      } else if (Character.isISOControl(cp)) {
        if (cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f' && cp != 0x0B) {
          controls++;
        }
      } else {
        int type = Character.getType(cp);
        if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
          unassigned++;
        }
      }
    }
    if (controls * 100 > length) {
      return Optional.of(percent(controls, length) + " control characters");
    }
    if (unassigned * 100 > length) {
      return Optional.of(percent(unassigned, length) + " unassigned or private-use characters");
    }
    if (replacements * 50 > length) {
      return Optional.of(percent(replacements, length) + " replacement characters");
    }
    return Optional.empty();
  }

  /** Whether text in a spaced script has word spaces, which random bytes read as Latin-1 lack. */
  static boolean hasWordSpaces(String text) {
    if (text.length() < SPACED_TEXT_MIN_LENGTH) {
      return true;
    }
    int spaces = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == 0xA0) {
        spaces++;
      }
    }
    return spaces * 50 >= text.length();
  }

  /**
   * Whether most letters are ASCII, as in any Western language written in Windows-1252; random
   * bytes and text in another single-byte script read as Windows-1252 are mostly accented letters.
   */
  static boolean mostlyAsciiLetters(String text) {
    int letters = 0;
    int ascii = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        ascii += c < 0x80 ? 1 : 0;
      }
    }
    return ascii * 2 >= letters;
  }

  private static String percent(int part, int whole) {
    return Math.max(1, Math.round(100f * part / whole)) + "%";
  }
}
