package vn.policykb.analysis.encoding;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.policykb.analysis.TextNormalization;

/**
 * Turns bytes of unknown or doubtful encoding into NFC text, with Vietnamese legacy encodings in
 * mind. In order, the first that fits wins:
 *
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16);
 *   <li>plain ASCII;
 *   <li>the declared charset, if the bytes bear it out: a declaration loses to valid UTF-8 and to
 *       text that clearly reads as Vietnamese in another legacy encoding, since servers and pages
 *       routinely declare ISO-8859-1 or UTF-8 for whatever they hold;
 *   <li>strict UTF-8;
 *   <li>Windows-1258, TCVN3, VNI or VISCII, when one of them turns the text into Vietnamese
 *       syllables (judged by {@link ConversionVerdict} against the Windows-1252 reading);
 *   <li>UTF-16 without a byte order mark;
 *   <li>ICU's charset detector, for legacy text in other languages (Shift_JIS, GB18030...);
 *   <li>Windows-1252, as long as the result looks like text.
 * </ol>
 *
 * Bytes that fit none of these are reported {@link DecodedText#undecodable() undecodable}.
 */
public final class VietnameseDecoder {

  static final String NOT_TEXT =
      "not text in any supported encoding (UTF-8, UTF-16, Windows-1258, VISCII, TCVN3, VNI)";

  /**
   * ICU's confidence runs from 0 to 100 and stays in the forties for a paragraph of Cyrillic in
   * windows-1251; below this its guesses are noise. Every guess is still decoded strictly and
   * checked for plausibility.
   */
  private static final int MIN_DETECTOR_CONFIDENCE = 30;

  /** How many leading bytes decide between the legacy encodings: plenty of words, bounded time. */
  private static final int LEGACY_WINDOW = 256 * 1024;

  /** How many leading bytes the UTF-16 check looks at. */
  private static final int UTF16_SAMPLE = 4096;

  private VietnameseDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param declaredCharset the charset named by an HTTP header or a {@code <meta>} tag, or null
   */
  public static DecodedText decode(byte[] bytes, String declaredCharset) {
    Objects.requireNonNull(bytes, "bytes");
    return new Attempt(bytes, DeclaredCharset.parse(declaredCharset)).run();
  }

  public static DecodedText decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /** One decoding, with what it has learnt about the bytes so far. */
  private static final class Attempt {

    private final byte[] bytes;
    private final DeclaredCharset declared;
    private final List<String> notes = new ArrayList<>();

    private String western;
    private Optional<String> utf8;
    private Optional<ConversionVerdict> legacy;

    Attempt(byte[] bytes, DeclaredCharset declared) {
      this.bytes = bytes;
      this.declared = declared;
    }

    DecodedText run() {
      if (bytes.length == 0) {
        return DecodedText.unicode("", "US-ASCII", "empty input");
      }
      return byteOrderMark()
          .or(this::asciiOnly)
          .or(this::declaredCharset)
          .or(this::validUtf8)
          .or(this::legacyVietnamese)
          .or(this::utf16WithoutBom)
          .or(this::detectedByIcu)
          .or(this::windows1252)
          .orElseGet(() -> DecodedText.undecodable(reason(NOT_TEXT + ": as Windows-1252, "
              + westernProblem())));
    }

    private String westernProblem() {
      String text = western();
      return TextPlausibility.problem(text).orElse(
          !TextPlausibility.hasWordSpaces(text) ? "no word spaces" : "mostly non-ASCII letters");
    }

    private Optional<DecodedText> byteOrderMark() {
      Charset charset;
      int length;
      if (startsWith(0xEF, 0xBB, 0xBF)) {
        charset = StandardCharsets.UTF_8;
        length = 3;
      } else if (startsWith(0xFE, 0xFF)) {
        charset = StandardCharsets.UTF_16BE;
        length = 2;
      } else if (startsWith(0xFF, 0xFE)) {
        charset = StandardCharsets.UTF_16LE;
        length = 2;
      } else {
        return Optional.empty();
      }
      Optional<String> text = strictly(Arrays.copyOfRange(bytes, length, bytes.length), charset)
          .filter(t -> TextPlausibility.problem(t).isEmpty());
      if (text.isEmpty()) {
        notes.add("byte order mark of " + charset.name() + ", but the bytes are not " + charset.name());
      }
      return text.map(t -> DecodedText.unicode(nfc(t), charset.name(), reason("byte order mark")));
    }

    private Optional<DecodedText> asciiOnly() {
      if (hasNonAscii() || (declared != null && declared.isAsciiIncompatible())) {
        return Optional.empty();
      }
      String text = new String(bytes, StandardCharsets.US_ASCII);
      if (TextPlausibility.problem(text).isPresent()) {
        return Optional.empty();
      }
      return Optional.of(DecodedText.unicode(text, "US-ASCII", reason("ASCII only")));
    }

    private Optional<DecodedText> declaredCharset() {
      if (declared == null) {
        return Optional.empty();
      }
      String name = declared.name();
      if (!declared.known()) {
        notes.add("declared charset " + name + " is unknown");
        return Optional.empty();
      }
      if (declared.isAsciiIncompatible()) {
        Optional<String> text = strictly(bytes, declared.charset()).filter(this::plausible);
        if (text.isEmpty()) {
          notes.add("declared " + name + " does not fit the bytes");
        }
        return text.map(t -> result(t, declared.charset(), "declared " + name));
      }
      if (utf8().isPresent() && (hasNonAscii() || declared.isUtf8())) {
        if (declared.isUtf8()) {
          return Optional.of(utf8Result("declared UTF-8"));
        }
        notes.add("declared " + name + " overruled: the bytes are valid UTF-8");
        return Optional.empty();
      }
      if (declared.isUtf8()) {
        notes.add("declared UTF-8 overruled: the bytes are not valid UTF-8");
        return Optional.empty();
      }
      if (declared.legacy() != null) {
        return declaredLegacy(declared.legacy());
      }
      if (legacy().isPresent()) {
        notes.add("declared " + name + " overruled: the text reads as Vietnamese in "
            + legacy().get().encoding().label());
        return Optional.empty();
      }
      Optional<String> text = declared.isWestern()
          ? Optional.of(western()).filter(TextPlausibility::hasWordSpaces)
          : strictly(bytes, declared.charset());
      text = text.filter(this::plausible);
      if (text.isEmpty()) {
        notes.add("declared " + name + " does not fit the bytes");
        return Optional.empty();
      }
      String encoding = declared.isWestern() ? "windows-1252" : declared.charset().name();
      return Optional.of(DecodedText.converted(nfc(text.get()), encoding, reason("declared " + name)));
    }

    /** A declared legacy encoding stands unless another one reads as Vietnamese and it does not. */
    private Optional<DecodedText> declaredLegacy(LegacyEncoding encoding) {
      String name = declared.name();
      String text = encoding.decode(bytes);
      if (!plausible(text)) {
        notes.add("declared " + name + " does not fit the bytes");
        return Optional.empty();
      }
      ConversionVerdict own = ConversionVerdict.of(encoding, western(), text);
      Optional<ConversionVerdict> other = legacy().filter(v -> v.encoding() != encoding);
      if (!own.accepted() && other.isPresent()) {
        notes.add("declared " + name + " overruled: the text reads as Vietnamese in "
            + other.get().encoding().label());
        return Optional.empty();
      }
      return Optional.of(DecodedText.converted(text, encoding.label(), reason("declared " + name)));
    }

    /**
     * ASCII with stray control codes is left to the legacy tables, where VISCII and TCVN3 put a few
     * capitals on those codes.
     */
    private Optional<DecodedText> validUtf8() {
      return utf8().filter(t -> hasNonAscii() || plausible(t)).map(t -> utf8Result("valid UTF-8"));
    }

    private boolean hasNonAscii() {
      for (byte b : bytes) {
        if (b < 0) {
          return true;
        }
      }
      return false;
    }

    /** Valid UTF-8 is too strong a sign to fall back to a single-byte reading when it is junk. */
    private DecodedText utf8Result(String why) {
      String text = utf8().orElseThrow();
      return TextPlausibility.problem(text)
          .map(problem -> DecodedText.undecodable(reason(NOT_TEXT + ": valid UTF-8, but " + problem)))
          .orElseGet(() -> DecodedText.unicode(nfc(text), "UTF-8", reason(why)));
    }

    private Optional<DecodedText> legacyVietnamese() {
      return legacy().map(v -> DecodedText.converted(v.text(), v.encoding().label(), reason(
          "reads as Vietnamese in %s: %d of %d words with marks are Vietnamese syllables"
              .formatted(v.encoding().label(), v.markedValid(), v.marked()))));
    }

    private Optional<DecodedText> utf16WithoutBom() {
      int sample = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
      if (sample < 4) {
        return Optional.empty();
      }
      int evenZeros = 0;
      int oddZeros = 0;
      for (int i = 0; i < sample; i += 2) {
        evenZeros += bytes[i] == 0 ? 1 : 0;
        oddZeros += bytes[i + 1] == 0 ? 1 : 0;
      }
      int pairs = sample / 2;
      Charset charset;
      if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 < pairs) {
        charset = StandardCharsets.UTF_16LE;
      } else if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 < pairs) {
        charset = StandardCharsets.UTF_16BE;
      } else {
        return Optional.empty();
      }
      return strictly(bytes, charset).filter(this::plausible).map(t -> DecodedText.unicode(
          nfc(t), charset.name(), reason(charset.name() + " without byte order mark")));
    }

    private Optional<DecodedText> detectedByIcu() {
      CharsetDetector detector = new CharsetDetector();
      detector.setText(bytes);
      for (CharsetMatch match : detector.detectAll()) {
        if (match.getConfidence() < MIN_DETECTOR_CONFIDENCE) {
          break;
        }
        Charset charset;
        try {
          charset = Charset.forName(match.getName());
        } catch (IllegalArgumentException unsupported) {
          continue;
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
          continue;
        }
        boolean singleByte = !charset.canEncode() || charset.newEncoder().maxBytesPerChar() <= 1;
        Optional<String> text = strictly(bytes, charset).filter(this::plausible)
            .filter(t -> !singleByte || TextPlausibility.hasWordSpaces(t));
        if (text.isPresent()) {
          return Optional.of(result(text.get(), charset, "detected by ICU as %s (confidence %d)"
              .formatted(match.getName(), match.getConfidence())));
        }
      }
      return Optional.empty();
    }

    /** The last resort, for Western text that ICU was unsure of: mostly ASCII letters, then. */
    private Optional<DecodedText> windows1252() {
      return Optional.of(western())
          .filter(t -> plausible(t) && TextPlausibility.hasWordSpaces(t)
              && TextPlausibility.mostlyAsciiLetters(t))
          .map(t -> DecodedText.converted(nfc(t), "windows-1252",
              reason("no other encoding fits; read as Windows-1252")));
    }

    private DecodedText result(String text, Charset charset, String why) {
      return charset.name().startsWith("UTF-")
          ? DecodedText.unicode(nfc(text), charset.name(), reason(why))
          : DecodedText.converted(nfc(text), charset.name(), reason(why));
    }

    private String western() {
      if (western == null) {
        western = Windows1252.decode(bytes);
      }
      return western;
    }

    private Optional<String> utf8() {
      if (utf8 == null) {
        utf8 = strictly(bytes, StandardCharsets.UTF_8);
      }
      return utf8;
    }

    /**
     * The legacy encoding that reads as Vietnamese, judged on the first {@link #LEGACY_WINDOW}
     * bytes. Bytes with control codes that no legacy table reads as letters are binary, and are
     * not put through the tables at all.
     */
    private Optional<ConversionVerdict> legacy() {
      if (legacy == null) {
        if (hasForeignControls()) {
          legacy = Optional.empty();
          return legacy;
        }
        byte[] window = window();
        legacy = ConversionVerdict.best(Windows1252.decode(window), encoding -> encoding.decode(window))
            .map(v -> window == bytes ? v : v.withText(v.encoding().decode(bytes)))
            .filter(v -> plausible(v.text()));
      }
      return legacy;
    }

    private boolean hasForeignControls() {
      int foreign = 0;
      for (byte b : bytes) {
        if ((b >= 0 && b < 0x20 || b == 0x7F) && !isTextControl(b)
            && Tcvn3Codec.TABLE.charAt(b) == b && VisciiCodec.TABLE.charAt(b) == b) {
          foreign++;
        }
      }
      return foreign * 100 > bytes.length;
    }

    private static boolean isTextControl(byte b) {
      return b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0B;
    }

    /** The leading bytes up to the window size, cut after a space so no word is split. */
    private byte[] window() {
      if (bytes.length <= LEGACY_WINDOW) {
        return bytes;
      }
      int end = LEGACY_WINDOW;
      while (end > LEGACY_WINDOW / 2 && bytes[end - 1] != ' ' && bytes[end - 1] != '\n') {
        end--;
      }
      return Arrays.copyOf(bytes, end);
    }

    private boolean plausible(String text) {
      return TextPlausibility.problem(text).isEmpty();
    }

    private boolean startsWith(int... prefix) {
      if (bytes.length < prefix.length) {
        return false;
      }
      for (int i = 0; i < prefix.length; i++) {
        if ((bytes[i] & 0xFF) != prefix[i]) {
          return false;
        }
      }
      return true;
    }

    private String reason(String main) {
      return notes.isEmpty() ? main : main + "; " + String.join("; ", notes);
    }
  }

  private static Optional<String> strictly(byte[] bytes, Charset charset) {
    try {
      return Optional.of(charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  private static String nfc(String text) {
    return TextNormalization.nfc(text);
  }
}
