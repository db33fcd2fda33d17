package vn.policykb.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads the article's text out of its region, block by block: photo captions and bylines go to
 * their own fields; furniture nested in the region, link lists, advertisement labels and blocks
 * of related links are dropped; short lines at the edges of the text are trimmed.
 */
final class BodyAssembler {

  /**
   * What the region yields.
   *
   * @param listing the region is mostly teasers for other articles: a listing, not an article
   */
  record Parts(List<TextBlock> body, List<String> captions, List<String> bylines, boolean listing) {}

  /** Nested furniture that holds this share of the region's prose is the text itself. */
  private static final double NESTED_FURNITURE_SHARE = 0.5;
  private static final int MAX_CAPTION_LENGTH = 600;
  private static final int MAX_BYLINE_LENGTH = 150;
  /** How far up from a block a caption or byline name still applies. */
  private static final int NAME_REACH = 3;
  /**
   * A caption or byline name says what a small box is; on an element holding more text than this
   * it names a section ({@code author_guidelines}, {@code image-intext}), not the short lines in it.
   */
  private static final int MAX_NAMED_CAPTION_BOX = 2 * MAX_CAPTION_LENGTH;
  private static final int MAX_NAMED_BYLINE_BOX = 4 * MAX_BYLINE_LENGTH;
  private static final double LIST_ITEM_LINK_DENSITY = 0.35;
  private static final int LONE_LINK_MAX_WORDS = 4;
  private static final int SIGN_OFF_MAX_WORDS = 6;
  private static final int MAX_CLOSING_CALLS = 3;
  private static final int MAX_CALL_LENGTH = 300;
  /** Comments or the author's box end the article once this much of it is read. */
  private static final int CLOSING_MIN_TEXT = 400;
  private static final int MIN_LISTICLE_ITEMS = 3;
  private static final int LEADING_SUBHEADING_WORDS = 3;
  /** Items of one list or lines of one block, this many in a row, are text even when short. */
  private static final int MIN_SIBLING_RUN = 3;
  private static final int SIBLING_RUN_MIN_WORDS = 3;
  /** A region whose text is mostly in teaser cards is a listing. */
  private static final double LISTING_CARD_SHARE = 0.5;
  /** ...unless the region has this much text of its own besides the cards. */
  private static final int LISTING_MAX_OWN_TEXT = 400;
  private static final Pattern BY_LINE = Pattern.compile(
      "^(?:by|bởi|tác giả|written by|reporting by)\\s*:?\\s+\\p{Lu}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final Element region;
  private final ContentRegion measures;
  private final String declaredTitle;

  private BodyAssembler(Element region, ContentRegion measures, String declaredTitle) {
    this.region = region;
    this.measures = measures;
    this.declaredTitle = declaredTitle;
  }

  /**
   * @param declaredTitle the page's title as its metadata declares it, or null: a heading that says
   *     it is the headline, not part of the text
   */
  static Parts assemble(Element region, ContentRegion measures, List<TextBlock> blocks, String declaredTitle) {
    return new BodyAssembler(region, measures, declaredTitle).assemble(blocks);
  }

  /**
   * The photo captions of the whole article, the lead picture above the text included: those
   * under the nearest {@code <article>} above the region, else under the region's parent.
   */
  static List<String> captionsAround(Element region, ContentRegion measures, List<TextBlock> blocks) {
    Element parent = region.parent();
    Element scope = parent == null ? null : parent.closest("article");
    if (scope == null) {
      scope = parent == null ? region : parent;
    }
    BodyAssembler around = new BodyAssembler(scope, measures, null);
    List<String> captions = new ArrayList<>();
    for (TextBlock block : blocks) {
      if (around.inside(block.owner()) && around.isCaption(block) && !captions.contains(block.text())
          && !around.underNestedFurniture(block.owner()) && !around.inCard(block.owner())) {
        captions.add(block.text());
      }
    }
    return captions;
  }

  private Parts assemble(List<TextBlock> blocks) {
    List<TextBlock> kept = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    List<String> bylines = new ArrayList<>();
    boolean inRelatedBlock = false;
    List<TextBlock> inRegion = blocks.stream().filter(b -> inside(b.owner())).toList();
    double cardText = 0;
    double regionText = 0;
    for (TextBlock block : inRegion) {
      if (BlockKind.of(block) == BlockKind.PROSE || BlockKind.of(block) == BlockKind.LINKS) {
        regionText += block.length();
        if (inCard(block.owner())) {
          cardText += block.length();
        }
      }
    }
    boolean listing = regionText > 0 && cardText >= LISTING_CARD_SHARE * regionText
        && regionText - cardText < LISTING_MAX_OWN_TEXT;
    for (int i = 0; i < inRegion.size(); i++) {
      TextBlock block = inRegion.get(i);
      if (isCaption(block)) {
        captions.add(block.text());
        continue;
      }
      if (isByline(block)) {
        bylines.add(block.text());
        continue;
      }
      if (underNestedFurniture(block.owner()) || inCard(block.owner())) {
        continue;
      }
      BlockKind kind = BlockKind.of(block);
      if (kind != BlockKind.PROSE || block.length() <= MAX_CALL_LENGTH) {
        // a linked "3 comments" near the byline points down the page; an unlinked heading is where it starts
        if (block.linkChars() == 0 && BoilerplatePhrases.closingHeading(block.text())) {
          if (keptText(kept) >= CLOSING_MIN_TEXT) {
            break;
          }
          continue;
        }
        if (BoilerplatePhrases.notice(block.text())) {
          continue;
        }
      }
      if (BoilerplatePhrases.relatedHeading(block.text())) {
        inRelatedBlock = true;
        continue;
      }
      if (inRelatedBlock) {
        if (kind == BlockKind.PROSE && block.linkChars() == 0 && !block.isListItem()) {
          inRelatedBlock = false;
        } else {
          continue;
        }
      }
      if ((kind == BlockKind.LINKS && !linkWithinText(inRegion, i)) || BoilerplatePhrases.adLabel(block.text())
          || block.owner().normalName().equals("h1")
          || (BoilerplatePhrases.pointerLine(block.text()) && block.linkChars() > 0)
          || (block.isListItem() && block.linkDensity() > LIST_ITEM_LINK_DENSITY)) {
        continue;
      }
      kept.add(block);
    }
    takeSignOff(kept, bylines);
    trimEdges(kept);
    dropClosingCallsToAction(kept);
    keepLeadingSubheading(inRegion, kept);
    return new Parts(listing ? List.of() : kept, captions, bylines, listing);
  }

  /**
   * A subheading that opens the text (the first section's heading) is trimmed with the kickers
   * above it; put back when it stood right above the first kept paragraph and reads like a heading
   * of the text rather than a label or the headline again.
   */
  private void keepLeadingSubheading(List<TextBlock> inRegion, List<TextBlock> kept) {
    if (kept.isEmpty() || BlockKind.of(kept.getFirst()) != BlockKind.PROSE) {
      return;
    }
    int first = inRegion.indexOf(kept.getFirst());
    if (first <= 0) {
      return;
    }
    TextBlock above = inRegion.get(first - 1);
    String tag = above.owner().normalName();
    if (above.isHeading() && !tag.equals("h1") && above.linkChars() == 0 && above.words() >= LEADING_SUBHEADING_WORDS
        && !BoilerplatePhrases.relatedHeading(above.text()) && !BoilerplatePhrases.closingHeading(above.text())
        && !BoilerplatePhrases.notice(above.text()) && !TitleAnchor.saysTitle(above.text(), declaredTitle)
        && !isCaption(above) && !isByline(above) && !underNestedFurniture(above.owner()) && !inCard(above.owner())) {
      kept.addFirst(above);
    }
  }

  private static int keptText(List<TextBlock> kept) {
    int chars = 0;
    for (TextBlock block : kept) {
      chars += block.length();
    }
    return chars;
  }

  /**
   * A lone link between blocks of text, not in a list: a tip with its link, a product named. A lone
   * link as long as a headline is a teaser for another article.
   */
  private static boolean linkWithinText(List<TextBlock> blocks, int i) {
    TextBlock block = blocks.get(i);
    if (block.isListItem() || i == 0 || i == blocks.size() - 1) {
      return false;
    }
    if (BlockKind.of(blocks.get(i - 1)) == BlockKind.LINKS || BlockKind.of(blocks.get(i + 1)) == BlockKind.LINKS) {
      return false;
    }
    return block.links() == 1 && (block.linkChars() < block.length() || block.words() <= LONE_LINK_MAX_WORDS);
  }

  private boolean inCard(Element owner) {
    for (Element e = owner; e != null && e != region; e = e.parent()) {
      if (measures.isCard(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The author's name set apart after the last paragraph, wholly in bold and short, as Vietnamese
   * papers sign their articles; or a leading {@code By …} line.
   */
  private static void takeSignOff(List<TextBlock> kept, List<String> bylines) {
    if (kept.size() > 1) {
      TextBlock last = kept.getLast();
      if (BlockKind.of(last) == BlockKind.SHORT && last.words() <= SIGN_OFF_MAX_WORDS && !last.endsLikeSentence()
          && whollyBold(last.owner())) {
        bylines.add(last.text());
        kept.removeLast();
      }
    }
    if (kept.size() > 1) {
      TextBlock first = kept.getFirst();
      if (BlockKind.of(first) == BlockKind.SHORT && BY_LINE.matcher(first.text()).find()) {
        bylines.add(first.text());
        kept.removeFirst();
      }
    }
  }

  private static boolean whollyBold(Element owner) {
    String all = owner.text().strip();
    StringBuilder bold = new StringBuilder();
    for (Element b : owner.select("strong, b")) {
      if (b.parents().stream().noneMatch(p -> p.normalName().equals("strong") || p.normalName().equals("b"))) {
        bold.append(b.text());
      }
    }
    return !all.isEmpty() && bold.toString().replaceAll("\\s+", "").equals(all.replaceAll("\\s+", ""));
  }

  private boolean inside(Element owner) {
    for (Element e = owner; e != null; e = e.parent()) {
      if (e == region) {
        return true;
      }
    }
    return false;
  }

  private boolean isCaption(TextBlock block) {
    if (block.length() > MAX_CAPTION_LENGTH) {
      return false;
    }
    int reach = 0;
    for (Element e = block.owner(); e != null && e != region; e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("figcaption")) {
        return true;
      }
      // figures also frame tables and code; only their loose text is a caption
      if (tag.equals("figure")) {
        return block.owner().closest("table, pre, ol, ul") == null;
      }
      if (reach++ < NAME_REACH && ClassHints.caption(e) && !HtmlTags.textLongerThan(e, MAX_NAMED_CAPTION_BOX)) {
        return true;
      }
    }
    return false;
  }

  private boolean isByline(TextBlock block) {
    if (block.length() > MAX_BYLINE_LENGTH) {
      return false;
    }
    int reach = 0;
    for (Element e = block.owner(); e != null && e != region && reach < NAME_REACH; e = e.parent(), reach++) {
      if ((ClassHints.byline(e) && !HtmlTags.textLongerThan(e, MAX_NAMED_BYLINE_BOX))
          || e.select("[rel=author], [itemprop=author]").size() > 0 && reach == 0) {
        return true;
      }
    }
    return false;
  }

  private boolean underNestedFurniture(Element owner) {
    double regionProse = measures.rawProse(region);
    for (Element e = owner; e != null && e != region; e = e.parent()) {
      if (measures.namedLikeFurniture(e)
          && !ClassHints.articleBody(e)
          && measures.rawProse(e) < NESTED_FURNITURE_SHARE * regionProse) {
        return true;
      }
    }
    return false;
  }

  /** Kickers, datelines, sign-offs and button labels sit at the edges; running text does not. */
  private static void trimEdges(List<TextBlock> kept) {
    boolean listicle = listicle(kept);
    while (!kept.isEmpty() && !carriesText(kept.getFirst(), listicle)) {
      kept.removeFirst();
    }
    while (!kept.isEmpty() && !carriesText(kept.getLast(), listicle) && !inSiblingRun(kept, kept.size() - 1)) {
      kept.removeLast();
    }
  }

  /** Headings each followed by a short paragraph, again and again: the items of a listicle. */
  private static boolean listicle(List<TextBlock> kept) {
    int items = 0;
    for (int i = 0; i + 1 < kept.size(); i++) {
      if (kept.get(i).isHeading() && kept.get(i + 1).isShortParagraph()) {
        items++;
      }
    }
    return items >= MIN_LISTICLE_ITEMS;
  }

  /** Promotions and pleas to the reader come after the story, one short paragraph each. */
  private static void dropClosingCallsToAction(List<TextBlock> kept) {
    int dropped = 0;
    while (kept.size() > 1 && dropped < MAX_CLOSING_CALLS && kept.getLast().length() <= MAX_CALL_LENGTH
        && BoilerplatePhrases.callToAction(kept.getLast().text())) {
      kept.removeLast();
      dropped++;
    }
    trimEdges(kept);
  }

  private static boolean carriesText(TextBlock block, boolean listicle) {
    BlockKind kind = BlockKind.of(block);
    return kind == BlockKind.PROSE || kind == BlockKind.TABLE_ROW || (listicle && block.isShortParagraph())
        || block.owner().normalName().equals("pre");
  }

  /**
   * Whether the block at {@code i} ends a run of kept siblings built alike (the items of a closing
   * list, dated entries): a run of them is the text's own, where one short line would be a sign-off.
   */
  private static boolean inSiblingRun(List<TextBlock> kept, int i) {
    TextBlock last = kept.get(i);
    Element parent = last.owner().parent();
    int run = 0;
    for (int j = i; j >= 0 && run < MIN_SIBLING_RUN; j--) {
      TextBlock block = kept.get(j);
      if (block.owner().parent() != parent || !block.owner().normalName().equals(last.owner().normalName())
          || block.words() < SIBLING_RUN_MIN_WORDS || block.isHeading()) {
        break;
      }
      run++;
    }
    return run >= MIN_SIBLING_RUN;
  }


}
