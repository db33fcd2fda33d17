package vn.policykb.ingest.crawl.body;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.compressors.brotli.BrotliCompressorInputStream;
import org.apache.commons.compress.compressors.deflate.DeflateCompressorInputStream;
import org.apache.commons.compress.compressors.deflate.DeflateParameters;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Undoes the {@code Content-Encoding} of a response body, as the crawl does when it reads a page
 * and {@code reindex --from-warc} when it reads the archived copy (the archive keeps the bytes as
 * received). The decoded body is held to a size limit while it is decoded, so that a small
 * compressed body that expands without end (a "zip bomb") costs the limit and no more.
 */
public final class ContentDecoding {

  /** The {@code Accept-Encoding} the crawler sends: every coding {@link #decode} undoes. */
  public static final String ACCEPTED = "gzip, deflate, br";

  /** What decoding gave. */
  public sealed interface Decoded {

    /** The body as the server meant it. */
    record Body(byte[] bytes) implements Decoded {}

    /** Decoding went past the limit and was abandoned there. */
    record OverLimit(String coding) implements Decoded {}

    /** The body is not in the coding it claims, or in none known. */
    record Unreadable(String reason) implements Decoded {}
  }

  private ContentDecoding() {}

  /**
   * Decodes a body by the values of its {@code Content-Encoding} headers, codings applied in the
   * order listed being undone last to first.
   */
  public static Decoded decode(List<String> contentEncoding, byte[] received, long maxBytes) {
    List<String> codings = codings(contentEncoding);
    if (codings.isEmpty() || received.length == 0) {
      return received.length > maxBytes ? new Decoded.OverLimit("identity") : new Decoded.Body(received);
    }
    String named = String.join(", ", codings);
    try {
      InputStream in = new ByteArrayInputStream(received);
      for (String coding : codings.reversed()) {
        in = decoder(coding, in);
      }
      try (InputStream decoded = in) {
        // one byte past the limit tells a body at the limit from one over it
        byte[] bytes = decoded.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        return bytes.length > maxBytes ? new Decoded.OverLimit(named) : new Decoded.Body(bytes);
      }
    } catch (UnsupportedCoding e) {
      return new Decoded.Unreadable("Content-Encoding " + e.getMessage() + " is not one the crawler reads");
    } catch (IOException | RuntimeException e) {
      return new Decoded.Unreadable("not valid " + named + " (Content-Encoding): "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  /** The codings named, lower case, {@code identity} left out. */
  static List<String> codings(List<String> headerValues) {
    List<String> codings = new ArrayList<>();
    for (String value : headerValues == null ? List.<String>of() : headerValues) {
      for (String coding : value.split(",")) {
        String name = coding.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && !name.equals("identity")) {
          codings.add(name);
        }
      }
    }
    return codings;
  }

  private static InputStream decoder(String coding, InputStream in) throws IOException {
    return switch (coding) {
      case "gzip", "x-gzip" -> new GzipCompressorInputStream(in, true);
      case "br" -> new BrotliCompressorInputStream(in);
      case "deflate" -> deflate(in);
      default -> throw new UnsupportedCoding(coding);
    };
  }

  /**
   * {@code deflate} means a zlib stream, yet some servers send raw deflate data: the first two
   * bytes tell which.
   */
  private static InputStream deflate(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(2);
    int cmf = buffered.read();
    int flg = buffered.read();
    buffered.reset();
    boolean zlib = cmf >= 0 && flg >= 0 && (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
    DeflateParameters parameters = new DeflateParameters();
    parameters.setWithZlibHeader(zlib);
    return new DeflateCompressorInputStream(buffered, parameters);
  }

  private static final class UnsupportedCoding extends IOException {
    UnsupportedCoding(String coding) {
      super(coding);
    }
  }
}
