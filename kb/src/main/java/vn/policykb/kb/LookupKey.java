package vn.policykb.kb;

import java.util.Locale;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.analysis.VietnameseFolding;

/**
 * The form names and terms are compared in: NFC, lower case, diacritics folded ({@code đ} to
 * {@code d}), runs of white space as one space, trimmed. {@code "Tổng Bí thư Tô Lâm"} and
 * {@code "tong bi thu to lam"} have the same key.
 */
public final class LookupKey {

  private LookupKey() {}

  public static String of(String text) {
    String folded = VietnameseFolding.fold(TextNormalization.nfc(text).toLowerCase(Locale.ROOT));
    return collapseWhitespace(folded);
  }

  /** Trimmed, each run of white space one space: by hand, since this runs for every word read. */
  private static String collapseWhitespace(String text) {
    StringBuilder out = null;
    int length = text.length();
    boolean pendingSpace = false;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (out == null) {
          out = new StringBuilder(length).append(text, 0, i);
        }
        pendingSpace = true;
        continue;
      }
      if (out != null) {
        if (pendingSpace && !out.isEmpty()) {
          out.append(' ');
        }
        out.append(c);
      }
      pendingSpace = false;
    }
    return out == null ? text : out.toString();
  }
}
