package vn.policykb.search;

/**
 * A quote found, with what it takes to cite it.
 *
 * @param kind {@code direct} (the speaker's words, between quote marks) or {@code reported}
 * @param speaker who said it; {@code personId} is the registry id, or null
 * @param paragraph index of the paragraph of the article's body where it starts, from 0
 * @param citation a ready reference: {@code Tô Lâm, quoted in “<title>”, VNA, 10 August 2025, <url>}
 */
public record QuoteHit(
    String text, String kind, Speaker speaker, String documentId, String title, String lang, String date,
    String source, String url, int paragraph, String citation) {

  /** The one who said it. */
  public record Speaker(String name, String personId) {}

  public boolean direct() {
    return "direct".equals(kind);
  }
}
