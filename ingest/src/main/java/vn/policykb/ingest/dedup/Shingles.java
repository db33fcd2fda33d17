package vn.policykb.ingest.dedup;

import java.util.Locale;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.analysis.VietnameseFolding;

/**
 * The word shingles of a text, as 64-bit hashes: runs of {@link #WORDS} consecutive words, each word
 * lower-cased and folded. Folding makes two copies whose tone marks were placed by different
 * conventions ({@code hoà}, {@code hòa}), stored decomposed or retyped without marks look the same;
 * punctuation and spacing do not count at all.
 */
public final class Shingles {

  /** Words in a shingle: enough that two articles on one subject rarely share a run by chance. */
  public static final int WORDS = 5;

  private Shingles() {}

  /** The distinct shingle hashes of the text, in no particular order; none when it is too short. */
  public static long[] of(String text) {
    long[] words = wordHashes(text);
    if (words.length < WORDS) {
      return new long[0];
    }
    LongSet shingles = new LongSet(words.length);
    for (int i = 0; i + WORDS <= words.length; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < WORDS; j++) {
        h = Long.rotateLeft(h ^ words[i + j], 27) * 0x94D049BB133111EBL;
      }
      shingles.add(MinHash.mix(h));
    }
    return shingles.toArray();
  }

  private static long[] wordHashes(String text) {
    String folded = VietnameseFolding.fold(TextNormalization.nfc(text).toLowerCase(Locale.ROOT));
    long[] hashes = new long[16];
    int count = 0;
    int i = 0;
    int n = folded.length();
    while (i < n) {
      int c = folded.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i += Character.charCount(c);
        continue;
      }
      long h = 0xCBF29CE484222325L;
      while (i < n && Character.isLetterOrDigit(c = folded.codePointAt(i))) {
        h = (h ^ c) * 0x100000001B3L;
        i += Character.charCount(c);
      }
      if (count == hashes.length) {
        hashes = java.util.Arrays.copyOf(hashes, count * 2);
      }
      hashes[count++] = h;
    }
    return java.util.Arrays.copyOf(hashes, count);
  }

  /** An open-addressing set of longs: a text has thousands of shingles, boxing each is waste. */
  private static final class LongSet {

    private long[] slots;
    private boolean[] used;
    private int size;

    LongSet(int expected) {
      int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
      slots = new long[capacity];
      used = new boolean[capacity];
    }

    void add(long value) {
      int mask = slots.length - 1;
      int i = (int) (value ^ (value >>> 32)) & mask;
      while (used[i]) {
        if (slots[i] == value) {
          return;
        }
        i = (i + 1) & mask;
      }
      used[i] = true;
      slots[i] = value;
      size++;
    }

    long[] toArray() {
      long[] values = new long[size];
      int k = 0;
      for (int i = 0; i < slots.length; i++) {
        if (used[i]) {
          values[k++] = slots[i];
        }
      }
      return values;
    }
  }
}
