package vn.policykb.ingest.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Chooses the article's region between the best-scoring one and the text that starts right below
 * the headline. The best score wins unless its text stands apart from the headline while the text
 * below the headline is substantial too: then that text is the article and the best-scoring block
 * is furniture that happens to hold more text (a service box, an imprint, a newsletter pitch).
 */
final class RegionChoice {

  /** The text below the headline must hold this share of the best-scoring region's... */
  private static final double RIVAL_SHARE = 0.3;
  /** ...and hold this much running text. */
  private static final int MIN_RIVAL_PROSE = 300;

  private RegionChoice() {}

  static Element choose(ContentRegion measures, List<TextBlock> blocks, TitleAnchor anchor) {
    Element chosen = measures.widened(measures.best());
    if (anchor == null || anchor.anchors(chosen, blocks)) {
      return chosen;
    }
    TextBlock lead = anchor.firstProse(blocks);
    if (lead == null) {
      return chosen;
    }
    Element rival = measures.widened(lead.owner());
    if (related(rival, chosen) || measures.isFurniture(rival) || measures.rawProse(rival) < MIN_RIVAL_PROSE
        || measures.rawProse(rival) < RIVAL_SHARE * measures.rawProse(chosen)) {
      return chosen;
    }
    return rival;
  }

  /** One holds the other. */
  private static boolean related(Element a, Element b) {
    return a == b || a.parents().contains(b) || b.parents().contains(a);
  }
}
