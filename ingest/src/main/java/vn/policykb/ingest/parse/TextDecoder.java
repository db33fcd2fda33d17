package vn.policykb.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of a text file into a string, refusing what is not text. */
public final class TextDecoder {

  private TextDecoder() {}

  /** Strict UTF-8, a leading byte-order mark dropped. */
  public static String decodeUtf8(byte[] bytes) throws RejectedInputException {
    if (bytes.length == 0) {
      throw new RejectedInputException("empty file");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new RejectedInputException("binary content (NUL bytes), not a text file");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      CharBuffer chars = decoder.decode(in);
      String text = chars.toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (MalformedInputException e) {
      throw new RejectedInputException("not valid UTF-8 (bad byte sequence at byte " + in.position() + ")");
    } catch (CharacterCodingException e) {
      throw new RejectedInputException("not valid UTF-8: " + e.getMessage());
    }
  }
}
