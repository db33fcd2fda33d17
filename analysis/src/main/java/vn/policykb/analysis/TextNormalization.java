package vn.policykb.analysis;

import com.ibm.icu.text.Normalizer2;

/**
 * Unicode normalization of the text that is stored and shown. Real Vietnamese text mixes
 * precomposed (NFC) and decomposed letters, sometimes in one word; what is stored is NFC and
 * otherwise as written, so that snippets show the author's text.
 */
public final class TextNormalization {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private TextNormalization() {}

  /** The NFC form of {@code text}. */
  public static String nfc(CharSequence text) {
    return NFC.normalize(text);
  }
}
