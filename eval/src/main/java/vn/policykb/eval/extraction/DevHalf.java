package vn.policykb.eval.extraction;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Which half of a development set a page belongs to, fixed by its key alone: the CRC-32 of the
 * key's UTF-8 bytes, even for {@link #TUNE}, odd for {@link #CHECK}. Rules are tuned on one half
 * and checked on the other, so that the gap between the two shows what was fitted to the pages.
 */
public enum DevHalf {
  TUNE,
  CHECK;

  public static DevHalf of(String key) {
    CRC32 crc = new CRC32();
    crc.update(key.getBytes(StandardCharsets.UTF_8));
    return (crc.getValue() & 1) == 0 ? TUNE : CHECK;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
