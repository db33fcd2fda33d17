package vn.policykb.ingest.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable, URL-safe document ids: the same key always gives the same id. */
public final class DocumentIds {

  private DocumentIds() {}

  /** A 16-hex-digit id for a URL or a relative path. */
  public static String fromKey(String key) {
    return sha256Hex(key).substring(0, 16);
  }

  public static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
