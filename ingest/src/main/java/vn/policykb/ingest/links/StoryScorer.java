package vn.policykb.ingest.links;

import vn.policykb.ingest.storykeys.StoryKeys;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.ToDoubleFunction;

/**
 * How much two articles in different languages look like one story told twice: the cosine of
 * their {@link StoryKeys}, each key weighted by its kind and by how rare it is (a number or name
 * that few documents share says more than a year or a common term), lowered when their dates
 * are apart.
 */
public final class StoryScorer {

  /** Below this similarity two articles are not linked: unrelated stories share a little by chance. */
  public static final double THRESHOLD = 0.25;
  /**
   * How far the best counterpart must score above the next one. Measured on 60 NTREX articles
   * and their translations among 2,000 VietNews distractors: true pairs score 0.37 to 0.98
   * (5th percentile 0.42), the best wrong candidates 0.05 to 0.53 (95th percentile 0.40); without
   * a margin two stories alike were linked wrongly, with 1.15 none were and 58 of 60 pairs stayed
   * linked (1.3 kept 57).
   */
  public static final double MARGIN = 1.15;
  /** Days between the publication dates of two versions of one story, at most. */
  public static final int DATE_WINDOW_DAYS = 3;
  /** What each day between the two dates takes off the similarity. */
  private static final double PER_DAY = 0.1;

  private final ToDoubleFunction<String> rarity;

  /** @param rarity a key's inverse document frequency */
  public StoryScorer(ToDoubleFunction<String> rarity) {
    this.rarity = rarity;
  }

  public double weight(String key) {
    return kindWeight(key) * rarity.applyAsDouble(key);
  }

  /** The similarity of two articles, 0 for nothing shared, at most 1. */
  public double score(StoryKeys a, LocalDate dateA, StoryKeys b, LocalDate dateB) {
    double shared = 0;
    double normA = 0;
    double normB = 0;
    for (String key : a.keys()) {
      double w = weight(key);
      normA += w * w;
      if (b.keys().contains(key)) {
        shared += w * w;
      }
    }
    for (String key : b.keys()) {
      double w = weight(key);
      normB += w * w;
    }
    if (shared == 0) {
      return 0;
    }
    double cosine = shared / Math.sqrt(normA * normB);
    if (dateA != null && dateB != null) {
      long days = Math.abs(ChronoUnit.DAYS.between(dateA, dateB));
      cosine *= Math.max(0, 1 - PER_DAY * days);
    }
    return cosine;
  }

  /**
   * A legal document or a registry person says most about a story; a year or a policy term,
   * which many stories share, least.
   */
  static double kindWeight(String key) {
    return switch (StoryKeys.kind(key)) {
      case "ref" -> 2.0;
      case "e", "p" -> 1.5;
      case "n" -> isYear(key) ? 0.5 : 1.0;
      case "g" -> 0.7;
      default -> 1.0;
    };
  }

  private static boolean isYear(String key) {
    return key.matches("n:(19|20)\\d\\d");
  }
}
