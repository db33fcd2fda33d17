package vn.policykb.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** Removes what a reader never sees as text: code, embedded objects, controls, hidden elements. */
final class PageCleaner {

  private static final Pattern HIDDEN_STYLE = Pattern.compile(
      "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

  private static final Pattern SCREEN_READER_ONLY = Pattern.compile(
      "(?:^|\\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|offscreen|a11y-hidden)(?:\\s|$)",
      Pattern.CASE_INSENSITIVE);
  /** Classes that hide an element on every screen, as CSS frameworks and templates name them. */
  private static final Pattern HIDING_CLASS = Pattern.compile(
      "(?:^|\\s)(?:hidden|hide|d-none|is-hidden|hidecompletely)(?:\\s|$)", Pattern.CASE_INSENSITIVE);
  /** ...unless another class shows it again on some screens ({@code hidden md:block}, {@code d-none d-lg-flex}). */
  private static final Pattern SHOWN_ON_SOME_SCREENS = Pattern.compile("\\w:\\w|\\bd-(?:sm|md|lg|xl|xxl)-");

  /**
   * A class hides decoration of this length at most; a longer hidden block is text a script
   * reveals (the rest of an article behind "read more"), kept.
   */
  private static final int HIDDEN_CLASS_MAX_TEXT = 1000;
  /** Text hidden from assistive technology is decoration when it is this short. */
  private static final int ARIA_HIDDEN_MAX_TEXT = 200;
  private static final int POPUP_MIN_LINKS = 2;
  /** A {@code <noscript>} holding this much text and this share of the page's is the page itself. */
  private static final int NOSCRIPT_PAGE_MIN_TEXT = 500;
  private static final double NOSCRIPT_PAGE_SHARE = 0.5;

  private PageCleaner() {}

  static void clean(Element root) {
    unwrapNoscriptPages(root);
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root) {
        continue;
      }
      if (HtmlTags.NEVER_CONTENT.contains(e.normalName()) || isHidden(e)) {
        doomed.add(e);
      }
    }
    doomed.forEach(Node::remove);
    removePopupsInParagraphs(root);
    List<Node> comments = new ArrayList<>();
    root.forEachNode(node -> {
      if (node instanceof Comment) {
        comments.add(node);
      }
    });
    comments.forEach(Node::remove);
  }

  /**
   * A page built for browsers without scripts can hold its whole text in {@code <noscript>}: what
   * a reader without scripts sees is then the page, not a fallback notice.
   */
  private static void unwrapNoscriptPages(Element root) {
    List<Element> fallbacks = root.select("noscript");
    if (fallbacks.isEmpty()) {
      return;
    }
    int pageText = -1;
    for (Element noscript : fallbacks) {
      int text = noscript.text().length();
      if (text < NOSCRIPT_PAGE_MIN_TEXT) {
        continue;
      }
      if (pageText < 0) {
        pageText = root.text().length();
      }
      if (text >= NOSCRIPT_PAGE_SHARE * pageText && noscript.parent() != null) {
        noscript.unwrap();
      }
    }
  }

  /**
   * Running text holds words and links, never a box with a picture and a list of links: such a box
   * nested in a paragraph is a hover card that the page shows only on demand. The innermost such
   * box is the card: the elements around it also hold the name it pops up from, or the whole
   * paragraph (an editor's {@code <span>} around its text).
   */
  private static void removePopupsInParagraphs(Element root) {
    List<Element> popups = new ArrayList<>();
    for (Element paragraph : root.select("p")) {
      List<Element> boxes = new ArrayList<>();
      for (Element inner : paragraph.select("span, div")) {
        if (inner.selectFirst("img") != null && inner.select("a[href]").size() >= POPUP_MIN_LINKS) {
          boxes.add(inner);
        }
      }
      for (Element box : boxes) {
        if (boxes.stream().noneMatch(other -> other != box && other.parents().contains(box))) {
          popups.add(box);
        }
      }
    }
    popups.forEach(Node::remove);
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find()) {
      return true;
    }
    String classes = e.className();
    if (!classes.isEmpty() && SCREEN_READER_ONLY.matcher(classes).find()) {
      return true;
    }
    // the substring test spares the pattern on nearly every element
    if ((classes.contains("id") || classes.contains("ID") || classes.contains("d-none"))
        && HIDING_CLASS.matcher(classes).find() && !SHOWN_ON_SOME_SCREENS.matcher(classes).find()
        && !HtmlTags.textLongerThan(e, HIDDEN_CLASS_MAX_TEXT)) {
      return true;
    }
    return e.attr("aria-hidden").equalsIgnoreCase("true") && e.text().length() <= ARIA_HIDDEN_MAX_TEXT;
  }
}
