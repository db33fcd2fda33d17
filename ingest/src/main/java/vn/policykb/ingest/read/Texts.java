package vn.policykb.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykb.analysis.encoding.DecodedText;
import vn.policykb.analysis.encoding.LegacyTextRepair;
import vn.policykb.analysis.encoding.VietnameseDecoder;
import vn.policykb.ingest.parse.RejectedInputException;

/** Bytes to text for every reader: encoding detection, legacy Vietnamese, mojibake repair. */
final class Texts {

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{2,40})", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF_BYTES = 4096;

  private Texts() {}

  /**
   * Decodes bytes into NFC text; {@code declared} is a charset named by a header or a
   * {@code <meta>} tag, or null. Text in a legacy Vietnamese encoding is converted; Unicode text
   * that still reads as a legacy encoding (converted twice somewhere) is repaired.
   */
  static String decode(byte[] bytes, String declared) throws RejectedInputException {
    if (bytes.length == 0) {
      throw new RejectedInputException("empty file");
    }
    DecodedText decoded = VietnameseDecoder.decode(bytes, declared);
    if (decoded.undecodable()) {
      throw new RejectedInputException(decoded.reason());
    }
    String text = decoded.text().startsWith("\uFEFF") ? decoded.text().substring(1) : decoded.text();
    if (text.isBlank()) {
      throw new RejectedInputException("no text (only white space)");
    }
    return LegacyTextRepair.repair(text).text();
  }

  /** The charset an HTML page declares in its first bytes, or null. */
  static String declaredCharset(byte[] html) {
    String head = new String(html, 0, Math.min(html.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }
}
