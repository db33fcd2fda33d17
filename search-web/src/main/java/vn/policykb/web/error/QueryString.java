package vn.policykb.web.error;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A query string read strictly, before the servlet container reads it leniently: a malformed
 * percent-escape, bytes that are not UTF-8, a parameter without a name, too many parameters or a
 * value too long is refused, with the parameter it concerns.
 *
 * @param parameters the pairs in order, decoded
 */
record QueryString(List<Parameter> parameters) {

  /** More characters than any search needs; a longer value only slows the query parser down. */
  static final int MAX_VALUE_LENGTH = 2_000;

  record Parameter(String name, String value) {}

  /** What a query string cannot be read for: the message and the parameter, when known. */
  static final class Refused extends RuntimeException {

    private final String parameter;

    Refused(String detail, String parameter) {
      super(detail, null, false, false);
      this.parameter = parameter;
    }

    String parameter() {
      return parameter;
    }
  }

  /** The query string {@code raw} (null for none), of at most {@code maxParameters} parameters. */
  static QueryString parse(String raw, int maxParameters) {
    List<Parameter> parameters = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return new QueryString(parameters);
    }
    for (String pair : raw.split("&", -1)) {
      if (pair.isEmpty()) {
        continue; // "a=1&&b=2", a trailing "&": nothing asked
      }
      if (parameters.size() == maxParameters) {
        throw new Refused("the address has more than " + maxParameters + " parameters", null);
      }
      int equals = pair.indexOf('=');
      String rawName = equals < 0 ? pair : pair.substring(0, equals);
      String name = decode(rawName, null);
      if (name.isEmpty()) {
        throw new Refused("a parameter of the address has no name", null);
      }
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1), name);
      if (value.length() > MAX_VALUE_LENGTH) {
        throw new Refused("parameter '%s' is longer than %d characters".formatted(name, MAX_VALUE_LENGTH), name);
      }
      parameters.add(new Parameter(name, value));
    }
    return new QueryString(parameters);
  }

  /** Form encoding: {@code +} is a space, {@code %XX} a byte, the bytes UTF-8. */
  private static String decode(String encoded, String parameter) {
    if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
      return encoded;
    }
    String which = parameter == null ? "a parameter name" : "parameter '" + parameter + "'";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        int high = i + 1 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
        int low = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          throw new Refused(which + " has a malformed percent-escape (% must be followed by two hex digits)",
              parameter);
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Refused(which + " is not valid UTF-8 once its percent-escapes are decoded", parameter);
    }
  }
}
