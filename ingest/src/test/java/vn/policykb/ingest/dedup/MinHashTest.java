package vn.policykb.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {

  @Test
  void signaturesStayThoseAlreadyStoredInIndexes() {
    // an index holds the signatures of every document it was given; a new build must compute the
    // same values or it would no longer see those documents as copies
    int[] signature = MinHash.signature(new long[] {57L, 59L, 66L, 68L, -1L, 0x9E3779B97F4A7C15L});

    assertThat(new int[] {signature[0], signature[1], signature[2], signature[63], signature[127]})
        .containsExactly(-2142864271, -622421469, -957444703, -2035820761, -1766914358);
    assertThat(MinHash.signature(new long[] {42L})).startsWith(-1244178404).endsWith(1369506817);
  }

  @Test
  void eachValueIsTheLeastOverTheShingles() {
    long[] shingles = {11L, 22L, 33L, 44L};
    int[] all = MinHash.signature(shingles);

    for (int i = 0; i < MinHash.SIZE; i++) {
      // the high half of the least value is the least of the high halves
      int least = Integer.MAX_VALUE;
      for (long shingle : shingles) {
        least = Math.min(least, MinHash.signature(new long[] {shingle})[i]);
      }
      assertThat(all[i]).isEqualTo(least);
    }
    assertThat(MinHash.signature(new long[0])).containsOnly((int) (Long.MAX_VALUE >>> 32));
  }
}
