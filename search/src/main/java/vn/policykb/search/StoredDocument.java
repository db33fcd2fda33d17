package vn.policykb.search;

import java.util.List;
import vn.policykb.index.Origin;
import vn.policykb.index.Quote;

/**
 * A document as the index holds it, for reading in full.
 *
 * @param body the text (NFC) without title, dateline and sign-off; {@link Quote} offsets point into it
 * @param paragraphs the body cut at its line breaks, each with its offset in the body
 * @param citations canonical keys of the legal documents it cites ({@code 1131/qd-ttg})
 * @param alsoPublishedBy the other documents of its group of copies, the first one read first
 * @param archived for a crawled document, where the response it was read from is archived
 *     ({@code file@offset} under {@code DIR/warc}), else null
 * @param translation the id of the same story in the other language, or null
 * @param truncated the text was cut at a size limit when it was read: the original is longer
 * @param origin where the document came from
 */
public record StoredDocument(
    String id, String title, String lang, String date, String source, String url, String author, String dateline,
    String summary, String body, List<Paragraph> paragraphs, List<Quote> quotes, List<PersonRef> people,
    List<String> resolutions, List<String> citations, List<Publication> alsoPublishedBy, String archived,
    String translation, boolean truncated, Origin origin) {

  /** A document whose origin is not known. */
  public StoredDocument(
      String id, String title, String lang, String date, String source, String url, String author, String dateline,
      String summary, String body, List<Paragraph> paragraphs, List<Quote> quotes, List<PersonRef> people,
      List<String> resolutions, List<String> citations, List<Publication> alsoPublishedBy, String archived,
      String translation, boolean truncated) {
    this(id, title, lang, date, source, url, author, dateline, summary, body, paragraphs, quotes, people, resolutions,
        citations, alsoPublishedBy, archived, translation, truncated, null);
  }

  /** A paragraph of the body and where it starts in it. */
  public record Paragraph(int start, String text) {

    public int end() {
      return start + text.length();
    }
  }

  /** A document read whole. */
  public StoredDocument(
      String id, String title, String lang, String date, String source, String url, String author, String dateline,
      String summary, String body, List<Paragraph> paragraphs, List<Quote> quotes, List<PersonRef> people,
      List<String> resolutions, List<String> citations, List<Publication> alsoPublishedBy, String archived,
      String translation) {
    this(id, title, lang, date, source, url, author, dateline, summary, body, paragraphs, quotes, people, resolutions,
        citations, alsoPublishedBy, archived, translation, false);
  }

  public StoredDocument {
    paragraphs = List.copyOf(paragraphs);
    quotes = List.copyOf(quotes);
    people = List.copyOf(people);
    resolutions = List.copyOf(resolutions);
    citations = List.copyOf(citations);
    alsoPublishedBy = List.copyOf(alsoPublishedBy);
  }

  /**
   * The body cut into paragraphs as quote extraction counts them: a line break, with any blank
   * lines and spaces around it, separates two paragraphs.
   */
  public static List<Paragraph> paragraphs(String body) {
    List<Paragraph> paragraphs = new java.util.ArrayList<>();
    var matcher = java.util.regex.Pattern.compile("[^\\n]+").matcher(body);
    while (matcher.find()) {
      String line = matcher.group();
      int lead = 0;
      while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) {
        lead++;
      }
      String text = line.strip();
      if (!text.isEmpty()) {
        paragraphs.add(new Paragraph(matcher.start() + lead, text));
      }
    }
    return paragraphs;
  }
}
