package vn.policykb.web.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.policykb.index.Quote;
import vn.policykb.search.StoredDocument;

/**
 * A document's paragraphs cut into runs of plain text and quoted words, so that the page marks each
 * quote where it stands in the text. A quote over several paragraphs is marked in each of them.
 */
final class QuotedText {

  /** A run of a paragraph: plain text ({@code quote} null) or part of a quote. */
  record Run(String text, Quote quote) {

    public boolean quoted() {
      return quote != null;
    }

    public boolean direct() {
      return quote != null && quote.kind() == vn.policykb.index.QuoteKind.DIRECT;
    }
  }

  private QuotedText() {}

  static List<List<Run>> of(StoredDocument document) {
    List<Quote> quotes = document.quotes().stream()
        .filter(q -> q.start() >= 0 && q.end() <= document.body().length() && q.start() < q.end())
        .sorted(Comparator.comparingInt(Quote::start))
        .toList();
    List<List<Run>> paragraphs = new ArrayList<>();
    for (StoredDocument.Paragraph paragraph : document.paragraphs()) {
      List<Run> runs = new ArrayList<>();
      int at = paragraph.start();
      for (Quote quote : quotes) {
        int start = Math.max(quote.start(), at);
        int end = Math.min(quote.end(), paragraph.end());
        if (start >= end) {
          continue;
        }
        if (start > at) {
          runs.add(new Run(document.body().substring(at, start), null));
        }
        runs.add(new Run(document.body().substring(start, end), quote));
        at = end;
      }
      if (at < paragraph.end()) {
        runs.add(new Run(document.body().substring(at, paragraph.end()), null));
      }
      paragraphs.add(runs);
    }
    return paragraphs;
  }
}
