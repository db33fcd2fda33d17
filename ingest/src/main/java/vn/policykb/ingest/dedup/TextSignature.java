package vn.policykb.ingest.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What near-duplicate detection keeps of a text: its MinHash values. Stored with each document,
 * and cut into bands whose keys are indexed, so that the documents likely to be similar are found by
 * a term query and only they are compared.
 */
public record TextSignature(int[] values) {

  /**
   * Bands × rows = {@link MinHash#SIZE}. A pair with Jaccard J shares a band with probability
   * 1 − (1 − J⁴)³²: 0.99 at the threshold 0.6, 0.87 at 0.5, 0.03 at 0.2; so copies are found and
   * the many pairs of articles that merely share a subject are seldom compared.
   */
  public static final int BANDS = 32;
  public static final int ROWS = MinHash.SIZE / BANDS;

  public TextSignature {
    if (values.length != MinHash.SIZE) {
      throw new IllegalArgumentException("a signature has " + MinHash.SIZE + " values, not " + values.length);
    }
  }

  /** The estimated Jaccard similarity of the two texts' shingle sets. */
  public double similarity(TextSignature other) {
    int same = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == other.values[i]) {
        same++;
      }
    }
    return (double) same / values.length;
  }

  /**
   * One key per band: two texts share a key when they agree on every value of that band, which
   * happens with probability J^ROWS for Jaccard similarity J.
   */
  public List<String> bandKeys() {
    List<String> keys = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      long h = band;
      for (int row = 0; row < ROWS; row++) {
        h = MinHash.mix(h * 31 + values[band * ROWS + row]);
      }
      keys.add(band + ":" + Long.toHexString(h));
    }
    return keys;
  }

  public byte[] toBytes() {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
    buffer.asIntBuffer().put(values);
    return buffer.array();
  }

  public static TextSignature fromBytes(byte[] bytes, int offset, int length) {
    int[] values = new int[length / Integer.BYTES];
    ByteBuffer.wrap(bytes, offset, length).asIntBuffer().get(values);
    return new TextSignature(values);
  }
}
