package vn.policykb.ingest.html;

/** How a text block reads, judged from its own text alone. */
enum BlockKind {
  /** Running text: long enough, or a whole sentence, and not mostly links. */
  PROSE,
  /** Mostly the text of links: menus, link lists, teasers. */
  LINKS,
  /** A row of a table of data: short by nature, yet content. */
  TABLE_ROW,
  /** Short text that is neither: labels, headings, dates, names. */
  SHORT;

  private static final double LINK_DOMINATED = 0.5;
  private static final int LONG_TEXT = 80;
  private static final int SENTENCE_MIN_WORDS = 6;
  private static final int TEASER_HEADLINE_CHARS = 25;
  private static final int TEASER_HEADLINE_WORDS = 4;
  /** A teaser's summary is a sentence or two; a paragraph that runs on after its link is text. */
  private static final int TEASER_MAX_SUMMARY = 300;

  static BlockKind of(TextBlock block) {
    if (block.linkDensity() > LINK_DOMINATED || isTeaser(block)) {
      return LINKS;
    }
    if (block.length() >= LONG_TEXT && !block.isHeading() && block.text().indexOf(' ') > 0) {
      return PROSE;
    }
    if (block.owner().normalName().equals("tr")) {
      return TABLE_ROW;
    }
    if (!block.isHeading() && block.endsLikeSentence()
        && (block.words() >= SENTENCE_MIN_WORDS || denseScript(block.text()) && block.length() >= 20)) {
      return PROSE;
    }
    return SHORT;
  }

  /**
   * A linked headline followed by its summary: how listings and tickers present other articles.
   * Running text may open with a linked name, but not with a whole linked sentence.
   */
  private static boolean isTeaser(TextBlock block) {
    if (block.leadingLinkChars() < TEASER_HEADLINE_CHARS || block.leadingLinkChars() == block.length()) {
      return false;
    }
    String headline = block.text().substring(0, block.leadingLinkChars());
    String rest = block.text().substring(block.leadingLinkChars()).strip();
    // a sentence that merely opens with a link runs on in lower case
    // and one that ends with its link goes on with the sentence's full stop
    boolean startsAnew = !rest.isEmpty() && !Character.isLowerCase(rest.codePointAt(0)) && !",;:).!?…".contains(rest.substring(0, 1));
    return startsAnew && rest.length() <= TEASER_MAX_SUMMARY && headline.strip().split("\\s+").length >= TEASER_HEADLINE_WORDS;
  }

  /** Scripts written without spaces between words pack a sentence into few characters. */
  private static boolean denseScript(String text) {
    int dense = 0;
    for (int i = 0; i < text.length(); i++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
      if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
          || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
          || script == Character.UnicodeScript.THAI) {
        dense++;
      }
    }
    return dense * 3 > text.length();
  }
}
