package vn.policykb.ingest.dedup;

import java.util.Optional;

/**
 * When two texts are copies of one article: their shingle sets are similar enough, and long enough
 * for the similarity to mean something.
 */
public final class NearDuplicates {

  /**
   * Estimated Jaccard similarity (of 5-word shingle sets) from which two texts are one article.
   *
   * <p>Measured on the 22,642 articles of VietNews' validation split with
   * {@code vn.policykb.benchmarks.NearDuplicateSurvey} (see its header). Of the 6,626 pairs of
   * distinct articles sharing shingles, pairs that tell one event in their own words (two outlets on
   * one trial, one exam, one storm) reach an exact Jaccard of 0.4–0.5 (17 pairs), and the four pairs
   * at 0.50–0.56 are still different articles: a follow-up and the first report sharing their
   * background paragraphs (estimates 0.51–0.54). From 0.69 up (173 pairs) every pair read was one
   * text reused: 166 reposts at 0.9 or more, one press release, one exam key per paper code, an
   * article and its update. Syndicated copies of one in ten articles, given another lead paragraph
   * and sign-off, all estimate 0.6 or more (100%); with 1% of words changed as well, 99.3% do; with
   * the last paragraph cut and 3% of words changed, 82% do. 0.6 keeps the gap to the rewrites wider
   * than the estimate's standard error (0.04) and groups the copies an outlet makes.
   */
  public static final double THRESHOLD = 0.6;

  /**
   * Texts with fewer distinct shingles (about 45 words, two or three sentences) are never grouped:
   * in so short a text one changed sentence moves the similarity by more than the gap between a
   * copy and a rewrite, and a short notice shared by many pages is not an article republished.
   */
  public static final int MIN_SHINGLES = 40;

  private NearDuplicates() {}

  /** The signature of a text long enough to be compared; empty for a short one. */
  public static Optional<TextSignature> signatureOf(String text) {
    long[] shingles = Shingles.of(text);
    if (shingles.length < MIN_SHINGLES) {
      return Optional.empty();
    }
    return Optional.of(new TextSignature(MinHash.signature(shingles)));
  }

  public static boolean areCopies(TextSignature a, TextSignature b) {
    return a.similarity(b) >= THRESHOLD;
  }
}
