package vn.policykb.analysis.encoding;

/** Conversion between Unicode and one legacy Vietnamese encoding. */
sealed interface LegacyCodec permits Windows1258Codec, VisciiCodec, Tcvn3Codec, VniCodec {

  /** The text the bytes stand for, in NFC. */
  String decode(byte[] bytes);

  /** The bytes for {@code text}; a character the encoding cannot express becomes {@code ?}. */
  byte[] encode(String text);
}
