package vn.policykb.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article's text: the one whose subtree gathers the most running
 * text for the least furniture (link lists, short labels). Adding a parent pays only when what it
 * adds is more prose than clutter, so the region stops at the article's edge.
 */
final class ContentRegion {

  /** What a subtree holds. */
  static final class Tally {
    double prose;
    double clutter;

    double score() {
      return prose - CLUTTER_COST * clutter;
    }
  }

  /** A region holding less than this share of its container's running text is widened to it. */
  private static final double WIDEN_SHARE = 0.5;
  private static final int MAX_WIDENING = 3;
  /** Each character of clutter cancels this much running text. */
  private static final double CLUTTER_COST = 0.7;
  /** Prose under an element named like furniture counts for this share of its length. */
  private static final double FURNITURE_PROSE_SHARE = 0.3;
  /** Headings cost little: articles have them too. */
  private static final double HEADING_CLUTTER_SHARE = 0.2;
  private static final double SHORT_CLUTTER_SHARE = 0.5;
  /** A short unlinked paragraph counts for this share of its length as running text. */
  private static final double SHORT_PARAGRAPH_SHARE = 0.5;
  /** The article's own container: semantic markup tips close calls. */
  private static final double SEMANTIC_BONUS = 1.1;
  /** Names like {@code article-body} or {@code entry-content} are weaker evidence than markup. */
  private static final double NAMED_BONUS = 1.05;

  /** An element named like furniture but holding this share of the page's prose is a wrapper. */
  private static final double WRAPPER_SHARE = 0.5;
  /** The same for names that never mean the article: only a page-wide wrapper holds so much. */
  private static final double NEVER_ARTICLE_WRAPPER_SHARE = 0.8;
  /** The same for an element also named like the article's container. */
  private static final double CONFLICTING_NAMES_WRAPPER_SHARE = 0.4;

  private final Map<Element, Tally> tallies = new IdentityHashMap<>();
  private final Map<Element, Double> rawProse = new IdentityHashMap<>();
  private final Map<Element, Boolean> furniture = new IdentityHashMap<>();
  private final Map<Element, Boolean> furnitureNames = new IdentityHashMap<>();
  private final Element root;
  private final Set<Element> cards;

  private ContentRegion(Element root) {
    this.root = root;
    this.cards = CardGrid.cards(root);
  }

  /** The tallies of every element that holds text under {@code root}. */
  static ContentRegion measure(Element root, List<TextBlock> blocks) {
    ContentRegion region = new ContentRegion(root);
    for (TextBlock block : blocks) {
      if (BlockKind.of(block) == BlockKind.PROSE) {
        for (Element e = block.owner(); e != null; e = e.parent()) {
          region.rawProse.merge(e, (double) block.length() - block.linkChars(), Double::sum);
          if (e == root) {
            break;
          }
        }
      }
    }
    for (TextBlock block : blocks) {
      region.add(block);
    }
    return region;
  }

  /** Running text under {@code element}, before any discount for furniture. */
  double rawProse(Element element) {
    return rawProse.getOrDefault(element, 0.0);
  }

  /** Running text under {@code element}, less what furniture holds. */
  double prose(Element element) {
    Tally tally = tallies.get(element);
    return tally == null ? 0 : tally.prose;
  }

  /**
   * The scored region, widened to its container while the container holds at least twice its
   * running text: a region of one paragraph among many, its siblings cut off by clutter between
   * them (share bars, pictures, inline teasers), is part of the article, not all of it. The
   * assembler drops the clutter the container brings along.
   */
  Element widened(Element region) {
    Element current = region;
    for (int level = 0; level < MAX_WIDENING; level++) {
      Element parent = current.parent();
      if (parent == null || parent == root || isFurniture(parent) || isCard(parent)) {
        break;
      }
      if (prose(current) >= WIDEN_SHARE * prose(parent)) {
        break;
      }
      current = parent;
    }
    return current;
  }

  /** Prose less the cost of clutter under {@code element}; 0 for an element without text. */
  double score(Element element) {
    Tally tally = tallies.get(element);
    return tally == null ? 0 : tally.score();
  }

  /** The best-scoring element; {@code root} when nothing stands out. */
  Element best() {
    Element best = root;
    double bestScore = Double.NEGATIVE_INFINITY;
    int bestDepth = 0;
    for (Map.Entry<Element, Tally> entry : tallies.entrySet()) {
      Element element = entry.getKey();
      double raw = entry.getValue().score();
      // no bonus lifts it to the best so far: spare reading its names
      if ((raw > 0 ? raw * SEMANTIC_BONUS : raw) < bestScore - 1e-9) {
        continue;
      }
      double score = raw * (semantic(element) ? SEMANTIC_BONUS : ClassHints.content(element) ? NAMED_BONUS : 1);
      int depth = element.parents().size();
      if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && depth > bestDepth)) {
        best = element;
        bestScore = score;
        bestDepth = depth;
      }
    }
    return best;
  }

  /** The best-scoring elements, best first. */
  List<Element> leaders(int count) {
    return tallies.entrySet().stream()
        .sorted((a, b) -> Double.compare(b.getValue().score(), a.getValue().score()))
        .limit(count).map(Map.Entry::getKey).toList();
  }

  private static boolean semantic(Element element) {
    String tag = element.normalName();
    return tag.equals("article") || tag.equals("main") || ClassHints.articleBody(element);
  }

  private void add(TextBlock block) {
    BlockKind kind = BlockKind.of(block);
    boolean underFurniture = underFurniture(block.owner());
    double prose = 0;
    double clutter = 0;
    switch (kind) {
      case PROSE -> {
        prose = block.length() - block.linkChars();
        if (underFurniture) {
          clutter = prose * (1 - FURNITURE_PROSE_SHARE);
          prose *= FURNITURE_PROSE_SHARE;
        }
      }
      case LINKS -> clutter = block.length();
      case TABLE_ROW -> { }
      case SHORT -> {
        if (block.isShortParagraph()) {
          prose = block.length() * SHORT_PARAGRAPH_SHARE;
          if (underFurniture) {
            clutter = prose;
            prose = 0;
          }
        } else {
          clutter = block.length() * (block.isHeading() ? HEADING_CLUTTER_SHARE : SHORT_CLUTTER_SHARE);
        }
      }
    }
    for (Element e = block.owner(); e != null; e = e.parent()) {
      Tally tally = tallies.computeIfAbsent(e, k -> new Tally());
      tally.prose += prose;
      tally.clutter += clutter;
      if (e == root) {
        break;
      }
    }
  }

  private boolean underFurniture(Element owner) {
    for (Element e = owner; e != null && e != root; e = e.parent()) {
      if (isFurniture(e)) {
        return true;
      }
    }
    return false;
  }

  /** A furniture element, or one named like furniture or a byline; asked of the same elements again and again. */
  boolean namedLikeFurniture(Element e) {
    return furnitureNames.computeIfAbsent(e,
        k -> HtmlTags.FURNITURE.contains(k.normalName()) || ClassHints.boilerplate(k) || ClassHints.byline(k));
  }

  boolean isCard(Element e) {
    return cards.contains(e);
  }

  boolean isFurniture(Element e) {
    return furniture.computeIfAbsent(e, k -> cards.contains(k) || namedLikeFurniture(k)
        && !ClassHints.articleBody(k) && !k.normalName().equals("article") && !k.normalName().equals("main")
        && k != root && rawProse(k) < wrapperShare(k) * rawProse(root));
  }

  /**
   * How much of the page's prose makes an element named like furniture a wrapper instead. Names
   * that contradict each other ({@code entry share}) leave it to the text.
   */
  private static double wrapperShare(Element e) {
    if (ClassHints.content(e)) {
      return CONFLICTING_NAMES_WRAPPER_SHARE;
    }
    return ClassHints.neverArticle(e) ? NEVER_ARTICLE_WRAPPER_SHARE : WRAPPER_SHARE;
  }
}
