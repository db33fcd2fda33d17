package vn.policykb.eval.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import vn.policykb.analysis.encoding.VietnameseDecoder;

/**
 * Pages as fetched, stored as {@code KEY.html} or {@code KEY.html.gz}, decoded as the crawler
 * decodes them: by the charset their {@code <meta>} declares, else by detection.
 */
public final class PageFiles {

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{2,40})", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF_BYTES = 4096;

  private PageFiles() {}

  /** The file of {@code key} in {@code folder}, or null. */
  public static Path find(Path folder, String key) {
    for (String name : List.of(key + ".html", key + ".html.gz", key)) {
      Path file = folder.resolve(name);
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    return null;
  }

  public static String read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      byte[] bytes = in.readAllBytes();
      String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      String text = VietnameseDecoder.decode(bytes, m.find() ? m.group(1) : null).text();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }
}
