package vn.policykb.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import vn.policykb.ingest.parse.RejectedInputException;

/**
 * Reads a whole input into memory, refusing more than a limit: a 100 MB page or a small gzip that
 * inflates to gigabytes is rejected before it can exhaust memory.
 */
public final class BoundedInput {

  /** No article, page or policy document needs more. */
  public static final int MAX_BYTES = 32 * 1024 * 1024;

  private BoundedInput() {}

  public static byte[] readAll(InputStream in, boolean gzip, int limit) throws IOException, RejectedInputException {
    try (InputStream source = gzip ? gunzip(in) : in) {
      byte[] bytes = source.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw new RejectedInputException((gzip ? "decompresses to more than " : "larger than ")
            + (limit / (1024 * 1024)) + " MB, the limit for one document");
      }
      return bytes;
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      throw new RejectedInputException("broken gzip data: " + e.getMessage());
    }
  }

  static InputStream gunzip(InputStream in) throws IOException, RejectedInputException {
    try {
      return new GZIPInputStream(in, 1 << 16);
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      in.close();
      throw new RejectedInputException("not gzip data: " + e.getMessage());
    }
  }
}
