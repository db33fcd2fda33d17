package vn.policykb.web.documents;

import java.util.List;
import vn.policykb.index.Origin;
import vn.policykb.index.Quote;
import vn.policykb.search.PersonRef;
import vn.policykb.search.Publication;
import vn.policykb.search.StoredDocument;

/**
 * {@code GET /api/documents/{id}}: a document in full.
 *
 * @param text the body (NFC) as stored, paragraphs separated by line breaks: quote offsets point into it
 * @param paragraphs the same text, one paragraph an item
 * @param resolutions the resolutions it cites, with their page
 * @param citations every legal document it cites, its symbol as the article writes it ({@code 1131/QĐ-TTg})
 * @param translation the id of the same story in the other language, or null
 * @param truncated the text was cut at a size limit when it was read: the original is longer
 * @param origin where the document came from: kind, path, line, data set id, URL, WARC record
 */
record DocumentResponse(
    String id, String title, String lang, String date, String source, String url, String author, String dateline,
    String summary, String text, List<String> paragraphs, List<QuoteItem> quotes, List<PersonRef> people,
    List<ResolutionRef> resolutions, List<String> citations, List<Publication> alsoPublishedBy, String translation,
    boolean truncated, Origin origin) {

  /**
   * A quote of the document.
   *
   * @param kind {@code direct} or {@code reported}
   * @param start offset in {@code text}
   */
  record QuoteItem(String text, String kind, String speaker, String personId, int paragraph, int start, int end) {

    static QuoteItem of(Quote q) {
      return new QuoteItem(q.text(), q.kind().label(), q.speaker(), q.speakerId(), q.paragraph(), q.start(), q.end());
    }
  }

  /** A resolution cited: {@code 57} and {@code 57-NQ/TW}. */
  record ResolutionRef(String number, String symbol) {

    static ResolutionRef of(String number) {
      return new ResolutionRef(number, number + "-NQ/TW");
    }
  }

  static DocumentResponse of(StoredDocument d) {
    return new DocumentResponse(d.id(), d.title(), d.lang(), d.date(), d.source(), d.url(), d.author(), d.dateline(),
        d.summary(), d.body(),
        d.paragraphs().stream().map(StoredDocument.Paragraph::text).toList(),
        d.quotes().stream().map(QuoteItem::of).toList(), d.people(),
        d.resolutions().stream().map(ResolutionRef::of).toList(), LegalCitations.display(d),
        d.alsoPublishedBy(), d.translation(), d.truncated(), d.origin());
  }
}
