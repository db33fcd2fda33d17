package vn.policykb.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;

/**
 * Unicode normalization shared by every analyzer and by the text that is stored for display.
 * Real Vietnamese text mixes precomposed (NFC) and decomposed letters, sometimes in one word;
 * everything downstream sees NFC.
 */
public final class TextNormalization {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private TextNormalization() {}

  /** A reader that yields NFC text; Lucene offsets still point into the original. */
  public static Reader wrap(Reader reader) {
    return new ICUNormalizer2CharFilter(reader, NFC);
  }

  /** The NFC form of {@code text}. */
  public static String nfc(CharSequence text) {
    return NFC.normalize(text);
  }
}
