package vn.policykb.ingest.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** What the HTML elements mean for layout and for content. */
final class HtmlTags {

  /** Elements a browser lays out as blocks: their text never runs on with the text around them. */
  static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div",
      "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
      "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
      "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "caption", "legend", "dir");

  /** Table cells: their loose text runs on within the row, the row being one line of the table. */
  static final Set<String> CELLS = Set.of("td", "th");

  /** Never content: code, styling, embedded objects and form controls. */
  static final Set<String> NEVER_CONTENT = Set.of(
      "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
      "button", "input", "select", "textarea", "option", "link", "meta", "base", "map", "audio",
      "video", "source", "track", "math", "head", "title", "dialog");

  /** Page furniture by its very element, unless a page misuses it to hold its text. */
  static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "header", "menu");

  private HtmlTags() {}

  static boolean isBlock(String tag) {
    return BLOCKS.contains(tag);
  }

  /** Whether the text under {@code element} is longer than {@code limit} characters; reads no further than that. */
  static boolean textLongerThan(Element element, int limit) {
    int[] length = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
          length[0] += text.text().strip().length();
        }
        return length[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, element);
    return length[0] > limit;
  }

  static boolean isHeading(String tag) {
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }
}
