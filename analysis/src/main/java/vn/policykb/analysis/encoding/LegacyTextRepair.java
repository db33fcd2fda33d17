package vn.policykb.analysis.encoding;

import java.util.Objects;
import java.util.Optional;
import vn.policykb.analysis.TextNormalization;

/**
 * Repairs mojibake: Vietnamese text in a legacy encoding that was read as Windows-1252 (or
 * ISO-8859-1) somewhere upstream, such as text set in the ABC or VNI fonts and copied out as
 * Unicode: {@code Ninh B×nh} is TCVN3 for {@code Ninh Bình}, {@code Xin chaøo caùc baïn} is VNI
 * for {@code Xin chào các bạn}.
 *
 * <p>The decision is made for the whole text by {@link ConversionVerdict}, never word by word:
 * English, French or German with their own accents, and Vietnamese that is already right, come
 * back as they were. Characters that no single byte can have produced (CJK, correct Vietnamese
 * letters such as {@code ệ}) are kept as they are and weigh against a repair.
 */
public final class LegacyTextRepair {

  /**
   * The outcome of {@link #repair(String)}.
   *
   * @param text the repaired text in NFC, or the input unchanged when nothing was repaired
   * @param encoding the legacy encoding the text was in, or {@code null} when nothing was repaired
   */
  public record Repair(String text, LegacyEncoding encoding) {

    public boolean repaired() {
      return encoding != null;
    }

    public Optional<LegacyEncoding> detected() {
      return Optional.ofNullable(encoding);
    }
  }

  private LegacyTextRepair() {}

  public static Repair repair(String text) {
    Objects.requireNonNull(text, "text");
    if (!hasMojibakeCandidate(text)) {
      return new Repair(text, null);
    }
    ConversionVerdict.Tokens tokens = ConversionVerdict.Tokens.of(text);
    return ConversionVerdict.best(encoding -> ConversionVerdict.ofTokens(encoding, tokens, token -> reread(token, encoding))
            .orElseGet(() -> ConversionVerdict.of(encoding, text, reread(text, encoding))))
        .map(verdict -> new Repair(reread(text, verdict.encoding()), verdict.encoding()))
        .orElse(new Repair(text, null));
  }

  /**
   * {@code text} as it reads when its Windows-1252 bytes are decoded in {@code encoding}; runs of
   * characters that have no Windows-1252 byte stay as they are.
   */
  static String reread(String text, LegacyEncoding encoding) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      boolean single = Windows1252.byteOf(text.charAt(i)) >= 0;
      int end = i;
      while (end < text.length() && (Windows1252.byteOf(text.charAt(end)) >= 0) == single) {
        end++;
      }
      String run = text.substring(i, end);
      out.append(single ? encoding.decode(Windows1252.encode(run)) : run);
      i = end;
    }
    return TextNormalization.nfc(out);
  }

  /** Only characters from 0x80 to 0xFF, or Windows-1252's extras, can be legacy bytes in disguise. */
  private static boolean hasMojibakeCandidate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && Windows1252.byteOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }
}
