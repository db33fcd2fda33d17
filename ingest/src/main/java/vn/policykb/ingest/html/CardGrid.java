package vn.policykb.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds teaser cards: three or more siblings built alike (same element, same class), each a short
 * box with a link and a headline or picture. That is how pages list other articles; an article's
 * own paragraphs are not boxes of that kind.
 */
final class CardGrid {

  private static final int MIN_CARDS = 3;
  private static final int MAX_CARD_TEXT = 600;
  private static final double TEASER_LINK_SHARE = 0.4;
  private static final Set<String> NOT_CARDS = Set.of("p", "span", "a", "b", "i", "em", "strong", "br", "td", "tr", "h1", "h2", "h3", "h4", "h5", "h6");

  private static final Set<String> POSITION = Set.of("odd", "even", "first", "last", "active", "current", "selected");

  private CardGrid() {}

  /** Every card under {@code root}. */
  static Set<Element> cards(Element root) {
    Set<Element> cards = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element parent : root.getAllElements()) {
      if (parent.childrenSize() < MIN_CARDS) {
        continue;
      }
      Map<String, List<Element>> alike = new HashMap<>();
      for (Element child : parent.children()) {
        if (!NOT_CARDS.contains(child.normalName())) {
          alike.computeIfAbsent(child.normalName() + "." + likeness(child), k -> new ArrayList<>()).add(child);
        }
      }
      for (List<Element> group : alike.values()) {
        if (group.size() >= MIN_CARDS && group.stream().filter(CardGrid::looksLikeCard).count() >= MIN_CARDS) {
          group.stream().filter(CardGrid::looksLikeCard).forEach(cards::add);
        }
      }
    }
    return cards;
  }

  /**
   * The classes that say how a sibling is built, without those that number or mark it among the
   * others ({@code views-row-3}, {@code post-123}, {@code odd}, {@code first}) or name its subject
   * ({@code tag-…}): with them every card of a grid would look unlike the next.
   */
  static String likeness(Element e) {
    String classes = e.className();
    if (!mayNumberOrPlace(classes)) {
      return classes;
    }
    List<String> kept = new ArrayList<>();
    for (String token : ClassHints.withoutTaxonomy(classes).trim().split("\\s+")) {
      if (!token.isEmpty() && !POSITION.contains(lastPart(token)) && token.chars().noneMatch(Character::isDigit)) {
        kept.add(token);
      }
    }
    Collections.sort(kept);
    return String.join(" ", kept);
  }

  /** A cheap test that lets most class names through as they are. */
  private static boolean mayNumberOrPlace(String classes) {
    for (int i = 0; i < classes.length(); i++) {
      if (Character.isDigit(classes.charAt(i))) {
        return true;
      }
    }
    for (String word : POSITION) {
      if (classes.contains(word)) {
        return true;
      }
    }
    return classes.contains("tag-") || classes.contains("category-");
  }

  /** {@code views-row-odd} → {@code odd}. */
  private static String lastPart(String token) {
    int dash = Math.max(token.lastIndexOf('-'), token.lastIndexOf('_'));
    return token.substring(dash + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean looksLikeCard(Element e) {
    if (e.select("a[href]").stream().allMatch(link -> link.text().isBlank())) {
      return false;
    }
    int length = e.text().length();
    if (length == 0 || length > MAX_CARD_TEXT) {
      return false;
    }
    if (e.selectFirst("h1, h2, h3, h4, h5, h6, img, picture, figure") == null || ClassHints.embed(e)) {
      return false;
    }
    // a teaser's headline is a link; a listicle's numbered items carry unlinked headings and text
    boolean linkedHeadline = e.select("h1, h2, h3, h4, h5, h6").stream()
        .anyMatch(h -> h.selectFirst("a[href]") != null || h.closest("a[href]") != null);
    int linkText = e.select("a[href]").stream().mapToInt(a -> a.text().length()).sum();
    return linkedHeadline || linkText >= TEASER_LINK_SHARE * length;
  }
}
