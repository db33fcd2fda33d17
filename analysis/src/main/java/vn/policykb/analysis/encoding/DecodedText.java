package vn.policykb.analysis.encoding;

/**
 * Text recovered from bytes by {@link VietnameseDecoder}.
 *
 * @param text the text in NFC; empty when {@code undecodable}
 * @param encoding the encoding the bytes were read in ({@code UTF-8}, {@code TCVN3},
 *     {@code windows-1252}...); {@code none} when {@code undecodable}
 * @param converted whether the bytes were in a non-Unicode encoding and had to be converted
 * @param undecodable whether the bytes are not text in any supported encoding; such input must
 *     not be indexed
 * @param reason why this encoding was chosen (or none could be), for logs and ingest reports
 */
public record DecodedText(String text, String encoding, boolean converted, boolean undecodable,
    String reason) {

  static final String NO_ENCODING = "none";

  static DecodedText unicode(String text, String encoding, String reason) {
    return new DecodedText(text, encoding, false, false, reason);
  }

  static DecodedText converted(String text, String encoding, String reason) {
    return new DecodedText(text, encoding, true, false, reason);
  }

  static DecodedText undecodable(String reason) {
    return new DecodedText("", NO_ENCODING, false, true, reason);
  }
}
