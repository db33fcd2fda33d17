package vn.policykb.analysis.encoding;

/**
 * The legacy Vietnamese encodings this package reads. When two of them explain a text equally
 * well, the earlier one here is taken: Windows-1258 first, as it agrees with Latin-1 on most
 * letters and so changes the least.
 */
public enum LegacyEncoding {
  WINDOWS_1258("windows-1258", new Windows1258Codec()),
  TCVN3("TCVN3", new Tcvn3Codec()),
  VNI("VNI-Windows", new VniCodec()),
  VISCII("VISCII", new VisciiCodec());

  private final String label;
  private final LegacyCodec codec;

  LegacyEncoding(String label, LegacyCodec codec) {
    this.label = label;
    this.codec = codec;
  }

  /** The name reported in {@link DecodedText#encoding()}. */
  public String label() {
    return label;
  }

  /** The text the bytes stand for, in NFC. */
  public String decode(byte[] bytes) {
    return codec.decode(bytes);
  }

  /** The bytes for {@code text}; a character the encoding cannot express becomes {@code ?}. */
  public byte[] encode(String text) {
    return codec.encode(text);
  }
}
