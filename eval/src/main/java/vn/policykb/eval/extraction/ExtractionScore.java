package vn.policykb.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well an extracted text matches the true one, compared as multisets of word 4-gram shingles
 * so that word order counts and repeated or missing passages are seen.
 *
 * <p>Words are maximal runs of Unicode letters, digits, marks and connector punctuation, lower-cased:
 * punctuation, spacing and case never decide a match. A text of fewer than four words is one shingle.
 *
 * @param truePositives shared shingles, as a share of all shingles counted
 * @param falsePositives extracted shingles not in the truth, same scale
 * @param falseNegatives true shingles not extracted, same scale
 * @param exact the two texts are the same word for word
 */
public record ExtractionScore(double truePositives, double falsePositives, double falseNegatives, boolean exact) {

  static final int SHINGLE_SIZE = 4;

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Precision of this page; 1 when neither text has words, 0 when only the truth has. */
  public double precision() {
    if (falsePositives == 0 && falseNegatives == 0) {
      return 1;
    }
    return truePositives + falsePositives == 0 ? 0 : truePositives / (truePositives + falsePositives);
  }

  public double recall() {
    if (falsePositives == 0 && falseNegatives == 0) {
      return 1;
    }
    return truePositives + falseNegatives == 0 ? 0 : truePositives / (truePositives + falseNegatives);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Whether the extraction produced anything, so that its precision means something. */
  public boolean extractedAnything() {
    return truePositives + falsePositives > 0;
  }

  public boolean truthHasText() {
    return truePositives + falseNegatives > 0;
  }

  public static ExtractionScore of(String truth, String extracted) {
    List<String> trueWords = words(truth);
    List<String> extractedWords = words(extracted);
    Map<String, Integer> expected = shingles(trueWords);
    Map<String, Integer> actual = shingles(extractedWords);
    Set<String> all = new HashSet<>(expected.keySet());
    all.addAll(actual.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (String shingle : all) {
      int e = expected.getOrDefault(shingle, 0);
      int a = actual.getOrDefault(shingle, 0);
      tp += Math.min(e, a);
      fp += Math.max(0, a - e);
      fn += Math.max(0, e - a);
    }
    double total = tp + fp + fn;
    if (total > 0) {
      tp /= total;
      fp /= total;
      fn /= total;
    }
    return new ExtractionScore(tp, fp, fn, trueWords.equals(extractedWords));
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static Map<String, Integer> shingles(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    if (words.isEmpty()) {
      return counts;
    }
    int n = Math.min(SHINGLE_SIZE, words.size());
    for (int i = 0; i + n <= words.size(); i++) {
      counts.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
    }
    return counts;
  }
}
