package vn.policykb.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A run of text as a browser would lay it out in one block box: the text of a paragraph, a
 * heading, a list item, a table cell, or the loose text of a {@code div}.
 *
 * @param owner the nearest block-level element holding the text
 * @param text whitespace collapsed; line breaks from {@code <br>} kept as {@code \n}
 * @param linkChars how many of its characters are inside links
 * @param leadingLinkChars how many characters of links open the block, before any other text
 * @param links how many links it holds
 * @param index position in document order among the page's blocks
 */
record TextBlock(Element owner, String text, int linkChars, int leadingLinkChars, int links, int index) {

  private static final int SHORT_PARAGRAPH_WORDS = 4;

  int length() {
    return text.length();
  }

  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  boolean isHeading() {
    return HtmlTags.isHeading(owner.normalName());
  }

  boolean isListItem() {
    return owner.normalName().equals("li") || owner.normalName().equals("dd") || owner.normalName().equals("dt");
  }

  /**
   * A paragraph of a few words with no link: what a listicle's items say under their headings.
   * Labels, dates and buttons are seldom paragraphs, and link lists have links.
   */
  boolean isShortParagraph() {
    return owner.normalName().equals("p") && linkChars == 0 && words() >= SHORT_PARAGRAPH_WORDS;
  }

  int words() {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }

  /** Ends like a sentence: a full stop, a question or exclamation mark, a closing quote after one. */
  boolean endsLikeSentence() {
    String t = text.strip();
    for (int i = t.length() - 1; i >= 0 && i >= t.length() - 3; i--) {
      char c = t.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == ':' || c == ';') {
        return true;
      }
      if ("\"”’')»".indexOf(c) < 0) {
        return false;
      }
    }
    return false;
  }
}
