package vn.policykb.analysis.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A charset as an HTTP header or a {@code <meta>} tag declares it, resolved to one of the legacy
 * Vietnamese encodings or to a Java charset. Names of the legacy encodings vary widely in the wild,
 * so they are matched with case, quotes and punctuation ignored.
 *
 * @param name the declaration as given, trimmed
 * @param legacy the legacy Vietnamese encoding it names, or null
 * @param charset the Java charset it names, or null
 */
record DeclaredCharset(String name, LegacyEncoding legacy, Charset charset) {

  private static final Map<String, LegacyEncoding> LEGACY_NAMES = Map.ofEntries(
      Map.entry("windows1258", LegacyEncoding.WINDOWS_1258),
      Map.entry("cp1258", LegacyEncoding.WINDOWS_1258),
      Map.entry("xcp1258", LegacyEncoding.WINDOWS_1258),
      Map.entry("ms1258", LegacyEncoding.WINDOWS_1258),
      Map.entry("viscii", LegacyEncoding.VISCII),
      Map.entry("csviscii", LegacyEncoding.VISCII),
      Map.entry("viscii11", LegacyEncoding.VISCII),
      Map.entry("viscii111", LegacyEncoding.VISCII),
      Map.entry("tcvn", LegacyEncoding.TCVN3),
      Map.entry("tcvn3", LegacyEncoding.TCVN3),
      Map.entry("tcvnabc", LegacyEncoding.TCVN3),
      Map.entry("abc", LegacyEncoding.TCVN3),
      Map.entry("vn3", LegacyEncoding.TCVN3),
      Map.entry("tcvn5712", LegacyEncoding.TCVN3),
      Map.entry("tcvn57121", LegacyEncoding.TCVN3),
      Map.entry("tcvn571219931", LegacyEncoding.TCVN3),
      Map.entry("xviettcvn", LegacyEncoding.TCVN3),
      Map.entry("xviettcvn5712", LegacyEncoding.TCVN3),
      Map.entry("vni", LegacyEncoding.VNI),
      Map.entry("vniwin", LegacyEncoding.VNI),
      Map.entry("vniwindows", LegacyEncoding.VNI),
      Map.entry("xvietvni", LegacyEncoding.VNI));

  /** The declaration resolved, or null when nothing was declared. */
  static DeclaredCharset parse(String declared) {
    if (declared == null) {
      return null;
    }
    String name = declared.strip().replace("\"", "").replace("'", "").strip();
    if (name.isEmpty()) {
      return null;
    }
    String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    LegacyEncoding legacy = LEGACY_NAMES.get(key);
    if (legacy != null) {
      return new DeclaredCharset(name, legacy, null);
    }
    try {
      return new DeclaredCharset(name, null, Charset.forName(name));
    } catch (IllegalArgumentException unknownOrUnsupported) {
      return new DeclaredCharset(name, null, null);
    }
  }

  boolean known() {
    return legacy != null || charset != null;
  }

  boolean isUtf8() {
    return StandardCharsets.UTF_8.equals(charset);
  }

  /** ISO-8859-1 and ASCII declarations are read as Windows-1252, as browsers do. */
  boolean isWestern() {
    return charset != null && (charset.equals(StandardCharsets.ISO_8859_1)
        || charset.equals(StandardCharsets.US_ASCII) || charset.name().equals("windows-1252"));
  }

  /** Charsets whose bytes below 0x80 are not ASCII, such as UTF-16. */
  boolean isAsciiIncompatible() {
    return charset != null && charset.canEncode()
        && !"a".equals(new String("a".getBytes(charset), StandardCharsets.ISO_8859_1));
  }
}
