package vn.policykb.ingest.dedup;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash over shingle hashes: for each of {@link #SIZE} hash functions, the least value any
 * shingle takes. Two texts agree at one position with probability equal to the Jaccard similarity
 * of their shingle sets, so the share of agreeing positions estimates it (standard error at most
 * 0.5/√128 ≈ 0.044).
 */
public final class MinHash {

  public static final int SIZE = 128;

  /** Fixed seeds: signatures are stored in the index and must compare across runs. */
  private static final long[] SEEDS = new SplittableRandom(0x5EED_57_59_66_68L).longs(SIZE).toArray();

  private MinHash() {}

  public static int[] signature(long[] shingles) {
    // shingle by shingle, all functions at once: the inner loop over the functions is one the JIT
    // turns into vector instructions, where a minimum over the shingles per function was not
    long[] min = new long[SIZE];
    Arrays.fill(min, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < SIZE; i++) {
        min[i] = Math.min(min[i], mix(shingle ^ SEEDS[i]));
      }
    }
    int[] values = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      // the high half of the least 64-bit value: two different minima share it with odds 2^-32
      values[i] = (int) (min[i] >>> 32);
    }
    return values;
  }

  /** The finalizer of SplitMix64: every input bit changes about half the output bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
