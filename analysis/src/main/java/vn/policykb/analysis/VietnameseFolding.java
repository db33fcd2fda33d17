package vn.policykb.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * Removes Vietnamese (and other Latin) diacritics and maps {@code đ}/{@code Đ} to {@code d}/{@code D}.
 *
 * <p>The mapping is a lookup table for the BMP's Latin blocks, built once from ICU's canonical
 * decomposition: a letter folds to the first character of its NFD form, and a combining mark folds
 * to nothing. A table rather than {@code ASCIIFoldingFilter}'s giant switch, because that method is
 * too large to be JIT-compiled and does not see marks that arrive decomposed.
 */
public final class VietnameseFolding {

  /** Marker in {@link #TABLE} for a character that folds to nothing (a combining mark). */
  static final char DELETE = '\uFFFF';

  /** Characters below this bound are looked up; everything above passes unchanged. */
  static final int TABLE_SIZE = 0x2000;

  private static final char[] TABLE = buildTable();

  private VietnameseFolding() {}

  private static char[] buildTable() {
    Normalizer2 nfd = Normalizer2.getNFDInstance();
    char[] table = new char[TABLE_SIZE];
    for (int c = 0; c < TABLE_SIZE; c++) {
      table[c] = (char) c;
      if (UCharacter.getIntPropertyValue(c, UProperty.GENERAL_CATEGORY) == UCharacter.NON_SPACING_MARK
          && UCharacter.getCombiningClass(c) != 0) {
        table[c] = DELETE;
        continue;
      }
      String decomposition = nfd.getDecomposition(c);
      if (decomposition != null && UCharacter.isLetter(decomposition.charAt(0))) {
        table[c] = decomposition.charAt(0);
      }
    }
    table['đ'] = 'd';
    table['Đ'] = 'D';
    // eth looks like Đ and is typed for it in Vietnamese text
    table['ð'] = 'd';
    table['Ð'] = 'D';
    return table;
  }

  /** Whether {@link #fold(char)} changes or removes the character. */
  public static boolean changes(char c) {
    return c < TABLE_SIZE && TABLE[c] != c;
  }

  /** Whether the character is a combining mark that folding removes. */
  public static boolean isRemoved(char c) {
    return c < TABLE_SIZE && TABLE[c] == DELETE;
  }

  /** The folded character; for a removed mark, {@link #DELETE}. */
  public static char fold(char c) {
    return c < TABLE_SIZE ? TABLE[c] : c;
  }

  /**
   * Folds {@code length} chars of {@code buffer} in place and returns the new length (removed
   * marks shorten it).
   */
  public static int fold(char[] buffer, int length) {
    int out = 0;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      char folded = c < TABLE_SIZE ? TABLE[c] : c;
      if (folded != DELETE) {
        buffer[out++] = folded;
      }
    }
    return out;
  }

  /** The folded form of a string: {@code "Tô Lâm"} becomes {@code "To Lam"}. */
  public static String fold(CharSequence text) {
    char[] buffer = text.toString().toCharArray();
    return new String(buffer, 0, fold(buffer, buffer.length));
  }
}
