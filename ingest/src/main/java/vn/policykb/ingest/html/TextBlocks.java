package vn.policykb.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Lays a DOM subtree out into {@link TextBlock}s, in document order. */
final class TextBlocks {

  private final List<TextBlock> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  /** Characters of links before any other text: a linked headline opening a teaser. */
  private int leadingLinkChars;
  private boolean onlyLinksSoFar = true;
  private int links;

  private TextBlocks() {}

  static List<TextBlock> of(Element root) {
    TextBlocks layout = new TextBlocks();
    layout.walk(root, root, false);
    layout.flush(root);
    return layout.blocks;
  }

  private void walk(Element element, Element owner, boolean inLink) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode textNode) {
        append(textNode.getWholeText(), inLink);
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (HtmlTags.NEVER_CONTENT.contains(tag)) {
          continue;
        }
        if (tag.equals("br")) {
          text.append('\n');
          continue;
        }
        if (HtmlTags.isBlock(tag)) {
          flush(owner);
          walk(e, e, inLink);
          flush(e);
        } else {
          // inline text such as a cell's spans keeps running with its neighbours
          if ((tag.equals("img") || HtmlTags.CELLS.contains(tag)) && !text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
          }
          if (tag.equals("a") && !inLink) {
            links++;
          }
          walk(e, owner, inLink || tag.equals("a"));
        }
      }
    }
  }

  private void append(String raw, boolean inLink) {
    int before = text.length();
    boolean space = !text.isEmpty() && isSpace(text.charAt(text.length() - 1));
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        if (!space) {
          text.append(' ');
          space = true;
        }
      } else {
        text.append(c);
        space = false;
      }
    }
    int added = text.length() - before;
    if (inLink) {
      linkChars += added;
      if (onlyLinksSoFar) {
        leadingLinkChars += added;
      }
    } else if (!raw.isBlank()) {
      onlyLinksSoFar = false;
    }
  }

  /** Soft hyphens and joiners only tell the browser where it may break or join: not text. */
  private static boolean isInvisible(char c) {
    return c == '\u00AD' || c == '\u2060' || c == '\uFEFF';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0'
        || c == '\u200B' || c == '\u2009' || c == '\u202F' || c == '\u3000';
  }

  private void flush(Element owner) {
    if (!text.isEmpty()) {
      // one line break stays within a paragraph; an empty line between (br br) starts a new one
      StringBuilder cleaned = new StringBuilder();
      boolean gap = false;
      for (String line : text.toString().split("\n")) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
          gap = !cleaned.isEmpty();
          continue;
        }
        if (!cleaned.isEmpty()) {
          cleaned.append(gap ? "\n\n" : "\n");
        }
        cleaned.append(stripped);
        gap = false;
      }
      if (!cleaned.isEmpty()) {
        blocks.add(new TextBlock(owner, cleaned.toString(), Math.min(linkChars, cleaned.length()),
            Math.min(leadingLinkChars, cleaned.length()), links, blocks.size()));
      }
    }
    text.setLength(0);
    linkChars = 0;
    leadingLinkChars = 0;
    onlyLinksSoFar = true;
    links = 0;
  }
}
