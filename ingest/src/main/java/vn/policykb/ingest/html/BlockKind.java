package vn.policykb.ingest.html;

/** How a text block reads, judged from its own text alone. */
enum BlockKind {
  /** Running text: long enough, or a whole sentence, and not mostly links. */
  PROSE,
  /** Mostly the text of links: menus, link lists, teasers. */
  LINKS,
  /** Short text that is neither: labels, headings, dates, names. */
  SHORT;

  private static final double LINK_DOMINATED = 0.5;
  private static final int LONG_TEXT = 80;
  private static final int SENTENCE_MIN_WORDS = 6;

  static BlockKind of(TextBlock block) {
    if (block.linkDensity() > LINK_DOMINATED) {
      return LINKS;
    }
    if (block.length() >= LONG_TEXT && !block.isHeading()) {
      return PROSE;
    }
    if (!block.isHeading() && block.endsLikeSentence()
        && (block.words() >= SENTENCE_MIN_WORDS || denseScript(block.text()) && block.length() >= 20)) {
      return PROSE;
    }
    return SHORT;
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
