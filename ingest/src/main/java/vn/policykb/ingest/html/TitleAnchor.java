package vn.policykb.ingest.html;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Where the article's headline stands in the page: the first {@code h1} or {@code h2} that says
 * what the page's declared title says. An article's text starts just below its headline; a block
 * of text elsewhere that outweighs it (a customer-service box, a newsletter pitch, an imprint) is
 * the page's, not the article's.
 */
final class TitleAnchor {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int MIN_HEADING_WORDS = 3;
  /** The heading's words found in the declared title. */
  private static final double TITLE_MATCH = 0.7;
  /** The article's text starts within this many blocks below its headline. */
  private static final int REACH = 12;

  private static final double MAX_LEAD_LINK_DENSITY = 0.3;

  private final int headingIndex;

  private TitleAnchor(int headingIndex) {
    this.headingIndex = headingIndex;
  }

  /** Null when no heading of the page says what its declared title says. */
  static TitleAnchor find(List<TextBlock> blocks, String declaredTitle) {
    if (declaredTitle == null || declaredTitle.isBlank()) {
      return null;
    }
    Set<String> titleWords = new HashSet<>(words(declaredTitle));
    for (TextBlock block : blocks) {
      String tag = block.owner().normalName();
      if (!tag.equals("h1") && !tag.equals("h2")) {
        continue;
      }
      List<String> heading = words(block.text());
      if (heading.size() >= MIN_HEADING_WORDS && says(heading, titleWords)) {
        return new TitleAnchor(block.index());
      }
    }
    return null;
  }

  /** Whether a heading says what the declared title says (true for any heading when none is declared). */
  static boolean saysTitle(String heading, String declaredTitle) {
    if (declaredTitle == null || declaredTitle.isBlank()) {
      return true;
    }
    List<String> words = words(heading);
    return !words.isEmpty() && says(words, new HashSet<>(words(declaredTitle)));
  }

  private static boolean says(List<String> heading, Set<String> titleWords) {
    long matched = heading.stream().filter(titleWords::contains).count();
    return matched >= TITLE_MATCH * heading.size();
  }

  /** The first block of running text below the headline, within reach; null if none. */
  TextBlock firstProse(List<TextBlock> blocks) {
    for (int i = headingIndex + 1; i < blocks.size() && i <= headingIndex + REACH; i++) {
      TextBlock block = blocks.get(i);
      if (BlockKind.of(block) == BlockKind.PROSE && block.linkDensity() < MAX_LEAD_LINK_DENSITY) {
        return block;
      }
    }
    return null;
  }

  /** Whether {@code region} holds the headline or running text within reach below it. */
  boolean anchors(Element region, List<TextBlock> blocks) {
    if (inside(blocks.get(headingIndex).owner(), region)) {
      return true;
    }
    for (int i = headingIndex + 1; i < blocks.size() && i <= headingIndex + REACH; i++) {
      TextBlock block = blocks.get(i);
      if (BlockKind.of(block) == BlockKind.PROSE && inside(block.owner(), region)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(Element owner, Element region) {
    for (Element e = owner; e != null; e = e.parent()) {
      if (e == region) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String text) {
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    List<String> words = new java.util.ArrayList<>();
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
