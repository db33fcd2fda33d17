package vn.policykb.eval.extraction;

import java.util.List;

/**
 * Scores over many pages: precision and recall are means of the per-page figures, so that every
 * page weighs the same whatever its length; F1 is their harmonic mean. A page where nothing was
 * extracted has no precision and is left out of its mean (its recall of 0 counts); a page whose
 * truth is empty is likewise left out of the recall mean.
 */
public record ExtractionSummary(int pages, double precision, double recall, double f1, double accuracy) {

  public static ExtractionSummary of(List<ExtractionScore> scores) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    int exact = 0;
    for (ExtractionScore score : scores) {
      if (score.extractedAnything()) {
        precisionSum += score.precision();
        precisionPages++;
      }
      if (score.truthHasText()) {
        recallSum += score.recall();
        recallPages++;
      }
      if (score.exact()) {
        exact++;
      }
    }
    double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double recall = recallPages == 0 ? 0 : recallSum / recallPages;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new ExtractionSummary(scores.size(), precision, recall, f1, scores.isEmpty() ? 0 : (double) exact / scores.size());
  }
}
