package vn.policykb.ingest.kb;

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
    return folded.strip().replaceAll("\\s+", " ");
  }
}
