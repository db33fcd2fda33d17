package vn.policykb.ingest.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The article text a page declares about itself (JSON-LD {@code articleBody}), used to choose
 * between candidate regions, and as the text only when the page shows none of it: declared bodies
 * are often truncated, stale or stripped of parts, so a region is preferred over the scored choice
 * only when it covers the declared text almost wholly and the scored choice clearly does not.
 */
final class BodyHint {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int MIN_WORDS = 50;
  /** A candidate must hold this share of the declared words to be considered. */
  private static final double COVERS = 0.9;
  /** The scored choice stands unless it holds less than this share of them... */
  private static final double SCORED_COVERS = 0.75;

  /** A declared text stands in for the page's only when it is this long... */
  private static final int MIN_ONLY_COPY_WORDS = 100;
  /** ...the chosen region holds less than this share of its words... */
  private static final double REGION_MISSES = 0.3;
  /** ...and the whole page less than this. */
  private static final double PAGE_MISSES = 0.5;

  private final Map<String, Integer> words;
  private final int total;

  private BodyHint(Map<String, Integer> words, int total) {
    this.words = words;
    this.total = total;
  }

  /** Null when there is no declared body worth comparing with. */
  static BodyHint of(String articleBody) {
    if (articleBody == null) {
      return null;
    }
    Map<String, Integer> counts = counts(articleBody);
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    return total < MIN_WORDS ? null : new BodyHint(counts, total);
  }

  /** The scored region, or a candidate that matches the declared text where the scored one does not. */
  Element choose(Element scored, List<Element> candidates, List<TextBlock> blocks) {
    double scoredRecall = recall(scored, blocks);
    if (scoredRecall >= SCORED_COVERS) {
      return scored;
    }
    Element best = scored;
    double bestPrecision = -1;
    for (Element candidate : candidates) {
      Map<String, Integer> text = counts(prose(candidate, blocks));
      int size = text.values().stream().mapToInt(Integer::intValue).sum();
      int common = common(text);
      if (size > 0 && (double) common / total >= COVERS && (double) common / size > bestPrecision) {
        best = candidate;
        bestPrecision = (double) common / size;
      }
    }
    return best;
  }

  /**
   * Whether the declared text is the only copy of the article: the page shows almost none of it
   * (its text is rendered by scripts) while the chosen region shows even less.
   */
  boolean onlyCopy(Element page, Element region, List<TextBlock> blocks) {
    return total >= MIN_ONLY_COPY_WORDS && recall(region, blocks) < REGION_MISSES && recall(page, blocks) < PAGE_MISSES;
  }

  private double recall(Element region, List<TextBlock> blocks) {
    return (double) common(counts(prose(region, blocks))) / total;
  }

  private int common(Map<String, Integer> text) {
    int common = 0;
    for (Map.Entry<String, Integer> entry : words.entrySet()) {
      common += Math.min(entry.getValue(), text.getOrDefault(entry.getKey(), 0));
    }
    return common;
  }

  private static String prose(Element region, List<TextBlock> blocks) {
    StringBuilder text = new StringBuilder();
    for (TextBlock block : blocks) {
      for (Element e = block.owner(); e != null; e = e.parent()) {
        if (e == region) {
          text.append(block.text()).append('\n');
          break;
        }
      }
    }
    return text.toString();
  }

  private static Map<String, Integer> counts(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    return counts;
  }
}
