package vn.policykb.analysis.encoding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import vn.policykb.analysis.TextNormalization;

/**
 * What re-reading a text in a legacy encoding does to its words, and whether that makes the text
 * Vietnamese. Words are compared one by one: a word that was no syllable and becomes one is
 * improved, one that was a syllable and stops being one is worsened.
 *
 * <p>The bar is set for the whole text, never for one word: most of the changed words must become
 * syllables, most non-ASCII words of the result must be syllables, and either one improved word
 * looked broken before ({@link WordTokens#looksBroken}) or several improved and the result reads as
 * Vietnamese overall. That keeps {@code 5 µm} (would become {@code 5 àm}) and French {@code où}
 * (would become {@code ó} in VNI) as they are.
 *
 * @param changed words with letters that the re-reading changes
 * @param improved changed words that become Vietnamese syllables
 * @param worsened changed words that were Vietnamese syllables and are no longer
 * @param broken improved words that looked like mojibake before
 * @param marked words of the result with a non-ASCII letter
 * @param markedValid of those, the Vietnamese ones
 * @param words words of the result with a letter
 * @param wordsValid of those, the Vietnamese ones
 */
record ConversionVerdict(LegacyEncoding encoding, String text, int changed, int improved,
    int worsened, int broken, int marked, int markedValid, int words, int wordsValid) {

  static ConversionVerdict of(LegacyEncoding encoding, String before, String after) {
    List<String> original = WordTokens.split(before);
    List<String> converted = WordTokens.split(after);
    if (original.size() != converted.size()) {
      return new ConversionVerdict(encoding, after, 0, 0, 0, 0, 0, 0, 0, 0);
    }
    Tally tally = new Tally();
    for (int i = 0; i < converted.size(); i++) {
      String from = original.get(i);
      tally.add(from, WordTokens.hasLetter(from), () -> WordTokens.isVietnamese(from), TextNormalization.nfc(from),
          converted.get(i), 1);
    }
    return tally.verdict(encoding, after);
  }

  /** The counts of a verdict, added up token by token. */
  private static final class Tally {

    int changed;
    int improved;
    int worsened;
    int broken;
    int marked;
    int markedValid;
    int words;
    int wordsValid;

    /** A token {@code from} that reads {@code to} after re-reading, {@code n} times in the text. */
    void add(String from, boolean fromLetter, BooleanSupplier fromVietnamese, String fromNfc, String to, int n) {
      boolean letter = WordTokens.hasLetter(to);
      boolean valid = letter && WordTokens.isVietnamese(to);
      if (letter) {
        words += n;
        wordsValid += valid ? n : 0;
      }
      if (WordTokens.isMarked(to)) {
        marked += n;
        markedValid += valid ? n : 0;
      }
      if (fromLetter && letter && !fromNfc.equals(to)) {
        changed += n;
        boolean wasValid = fromVietnamese.getAsBoolean();
        if (valid && !wasValid) {
          improved += n;
          broken += WordTokens.looksBroken(from) ? n : 0;
        } else if (wasValid && !valid) {
          worsened += n;
        }
      }
    }

    ConversionVerdict verdict(LegacyEncoding encoding, String text) {
      return new ConversionVerdict(encoding, text, changed, improved, worsened, broken, marked, markedValid, words,
          wordsValid);
    }
  }

  /**
   * The distinct tokens of a text, each with what re-reading does not change about it, worked out
   * once for all encodings. Printable ASCII reads the same in every encoding: such tokens are only
   * counted.
   */
  static final class Tokens {

    /** A token with non-ASCII or control characters, what re-reading may change. */
    record Token(String text, int count, boolean letter, boolean vietnamese, String nfc) {}

    private final List<Token> others = new ArrayList<>();
    /** Printable ASCII tokens with a letter, and of those the Vietnamese ones. */
    private int asciiWords;
    private int asciiValid;

    static Tokens of(String text) {
      Map<String, Integer> counts = new HashMap<>();
      for (String token : WordTokens.split(text)) {
        counts.merge(token, 1, Integer::sum);
      }
      Tokens tokens = new Tokens();
      for (Map.Entry<String, Integer> entry : counts.entrySet()) {
        String token = entry.getKey();
        int n = entry.getValue();
        boolean letter = WordTokens.hasLetter(token);
        boolean vietnamese = letter && WordTokens.isVietnamese(token);
        if (isPrintableAscii(token)) {
          tokens.asciiWords += letter ? n : 0;
          tokens.asciiValid += vietnamese ? n : 0;
        } else {
          tokens.others.add(new Token(token, n, letter, vietnamese, TextNormalization.nfc(token)));
        }
      }
      return tokens;
    }
  }

  /**
   * The verdict of re-reading a text, reached from its distinct {@link Tokens} alone, {@code reread}
   * re-reading one token: the same verdict as {@link #of} on the whole text and its re-reading,
   * since tokens are split on ASCII white space, which no encoding produces or remaps. A text
   * repeats most of its tokens, so this reads each once. {@code text} is left null: the caller
   * re-reads the whole text once an encoding is chosen. Empty when a re-read token holds white
   * space, where only the whole text tells.
   */
  static Optional<ConversionVerdict> ofTokens(LegacyEncoding encoding, Tokens tokens, UnaryOperator<String> reread) {
    Tally tally = new Tally();
    tally.words = tokens.asciiWords;
    tally.wordsValid = tokens.asciiValid;
    for (Tokens.Token from : tokens.others) {
      String to = reread.apply(from.text());
      if (hasSpace(to)) {
        return Optional.empty();
      }
      tally.add(from.text(), from.letter(), from::vietnamese, from.nfc(), to, from.count());
    }
    return Optional.of(tally.verdict(encoding, null));
  }

  private static boolean isPrintableAscii(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasSpace(String token) {
    return !WordTokens.split(token).equals(List.of(token));
  }

  /** The best accepted re-reading of {@code before} among all legacy encodings, if any is accepted. */
  static Optional<ConversionVerdict> best(String before, Function<LegacyEncoding, String> reread) {
    return best(encoding -> of(encoding, before, reread.apply(encoding)));
  }

  /** The best accepted verdict among those of all legacy encodings, if any is accepted. */
  static Optional<ConversionVerdict> best(Function<LegacyEncoding, ConversionVerdict> verdictOf) {
    ConversionVerdict best = null;
    for (LegacyEncoding encoding : LegacyEncoding.values()) {
      ConversionVerdict verdict = verdictOf.apply(encoding);
      if (verdict.accepted() && (best == null || verdict.score() > best.score())) {
        best = verdict;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The same verdict for the whole text, when it was reached on a leading window. */
  ConversionVerdict withText(String wholeText) {
    return new ConversionVerdict(encoding, wholeText, changed, improved, worsened, broken, marked,
        markedValid, words, wordsValid);
  }

  boolean accepted() {
    return improved >= 1
        && improved > 2 * worsened
        && improved * 5 >= changed * 3
        && markedValid * 10 >= marked * 7
        && (broken >= 1 || (improved >= 3 && wordsValid * 5 >= words * 2));
  }

  /** Higher is better: improved words, less those worsened and the non-ASCII words left broken. */
  int score() {
    return improved - worsened - (marked - markedValid);
  }
}
