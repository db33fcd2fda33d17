package vn.policykb.search;

/**
 * A quote found, with what it takes to cite it.
 *
 * @param kind {@code direct} (the speaker's words, between quote marks) or {@code reported}
 * @param speaker who said it: the name, the registry id or null, the role the article gives them or null
 * @param paragraph index of the paragraph of the article's body where it starts, from 0
 * @param start offset of the quote's first character in the article's body; {@code end} after its last
 * @param sentence the sentence around the quote, with its attribution, and where it is in the body;
 *     null where the body is not stored
 * @param citation a ready reference: {@code Tô Lâm, quoted in “<title>”, VNA, 10 August 2025, <url>}
 */
public record QuoteHit(
    String text, String kind, Speaker speaker, String documentId, String title, String lang, String date,
    String source, String url, int paragraph, int start, int end, Sentence sentence, String citation) {

  /** The one who said it, and the title or role the article gives them there. */
  public record Speaker(String name, String personId, String role) {

    public Speaker(String name, String personId) {
      this(name, personId, null);
    }
  }

  /** A sentence of the article's body: its text, at {@code [start, end)} of the body. */
  public record Sentence(String text, int start, int end) {}

  /** A quote without its place in the body. */
  public QuoteHit(String text, String kind, Speaker speaker, String documentId, String title, String lang, String date,
      String source, String url, int paragraph, String citation) {
    this(text, kind, speaker, documentId, title, lang, date, source, url, paragraph, -1, -1, null, citation);
  }

  public boolean direct() {
    return "direct".equals(kind);
  }

  /** The sentence up to the quote, or empty: what a page shows before the quote marked in its sentence. */
  public String sentenceBefore() {
    return inSentence() ? sentence.text().substring(0, start - sentence.start()) : "";
  }

  /** The sentence's quoted words, exactly as the body has them. */
  public String sentenceQuote() {
    return inSentence() ? sentence.text().substring(start - sentence.start(), end - sentence.start()) : text;
  }

  /** The sentence after the quote, or empty. */
  public String sentenceAfter() {
    return inSentence() ? sentence.text().substring(end - sentence.start()) : "";
  }

  /** Whether the sentence says more than the quote: worth showing around it. */
  public boolean hasContext() {
    return inSentence() && !(sentenceBefore() + sentenceAfter()).isBlank();
  }

  private boolean inSentence() {
    return sentence != null && start >= sentence.start() && end <= sentence.end() && start <= end;
  }
}
