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
   * background paragraphs (estimates 0.51–0.54). The 173 pairs from 0.6 up are one text reused:
   * 166 reposts at 0.9 or more, and from 0.69 to 0.89 one police announcement under two headlines,
   * a report whose body a later one reprints under a new lead, one press release, one exam key per
   * paper code. Syndicated copies of one in ten articles, given another lead paragraph and sign-off,
   * all estimate 0.6 or more (100%); with 1% of words changed as well, 99.2% do; with the last
   * paragraph cut and 3% of words changed, 82% do. 0.6 keeps the rewrites (0.5 and less) over twice the
   * estimate's standard error (0.04) below it, and groups the copies outlets make.
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
