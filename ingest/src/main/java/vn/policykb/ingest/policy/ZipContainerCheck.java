package vn.policykb.ingest.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import vn.policykb.ingest.parse.RejectedInputException;

/**
 * Inflates every entry of a DOCX or ODT package once, counting and discarding the bytes, and
 * rejects a package that expands like a decompression bomb. Tika's own guard compares text out
 * with bytes in, but its DOCX reader gathers a whole run of text in memory before passing it on,
 * so one huge run would be held whole before that guard ever sees it; the check has to come
 * before parsing.
 *
 * <p>Entries are read through the central directory, as the office libraries read them, so that
 * none can hide behind a local header.
 */
final class ZipContainerCheck {

  /** Inflated bytes per compressed byte; XML in real documents compresses 5 to 30 times. */
  private static final long MAX_RATIO = 100;
  /** Below this an entry may have any ratio: a small, repetitive styles part says nothing. */
  private static final long RATIO_GRACE_BYTES = 4L * 1024 * 1024;
  /** A document of ten million characters has a body part well below this. */
  private static final long MAX_ENTRY_BYTES = 128L * 1024 * 1024;
  private static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
  private static final int MAX_ENTRIES = 10_000;

  private ZipContainerCheck() {}

  static void check(byte[] content, String kind) throws RejectedInputException {
    Path file = null;
    try {
      file = Files.createTempFile("policy-document-", ".zip");
      Files.write(file, content);
      inflateAll(file, content.length, kind);
    } catch (ZipException e) {
      throw new RejectedInputException("damaged or unreadable " + kind + " file: not a valid zip package ("
          + e.getMessage() + ")");
    } catch (IOException e) {
      throw new RejectedInputException("damaged or unreadable " + kind + " file: " + e.getMessage());
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a temporary file left behind is not worth failing the document for
        }
      }
    }
  }

  private static void inflateAll(Path file, long fileSize, String kind)
      throws IOException, RejectedInputException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int entries = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry entry = all.nextElement();
        if (++entries > MAX_ENTRIES) {
          throw bomb(kind, "more than " + MAX_ENTRIES + " entries");
        }
        if (entry.isDirectory()) {
          continue;
        }
        // a central directory can lie about sizes; the file's own size bounds the compressed one
        long compressed = entry.getCompressedSize() < 0 ? fileSize : Math.min(entry.getCompressedSize(), fileSize);
        long inflated = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            inflated += n;
            total += n;
            if (inflated > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
              throw bomb(kind, entry.getName() + " expands to more than "
                  + (inflated > MAX_ENTRY_BYTES ? MAX_ENTRY_BYTES : MAX_TOTAL_BYTES) / (1024 * 1024) + " MB");
            }
            if (inflated > RATIO_GRACE_BYTES && inflated > MAX_RATIO * Math.max(1, compressed)) {
              throw bomb(kind, entry.getName() + " expands more than " + MAX_RATIO + " times");
            }
          }
        }
      }
    }
  }

  private static RejectedInputException bomb(String kind, String detail) {
    return new RejectedInputException("suspected zip bomb in the " + kind + " file: " + detail);
  }
}
