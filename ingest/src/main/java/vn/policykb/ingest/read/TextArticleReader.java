package vn.policykb.ingest.read;

import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.document.DocumentIds;
import vn.policykb.ingest.parse.PlainTextArticleParser;
import vn.policykb.ingest.parse.RejectedInputException;

/** A plain-text article in the seed format: optional date marker, title or dateline, body. */
final class TextArticleReader {

  private TextArticleReader() {}

  static Article read(String relativePath, byte[] bytes) throws RejectedInputException {
    PlainTextArticleParser.ParsedText text = PlainTextArticleParser.parse(Texts.decode(bytes, null));
    return new Article(DocumentIds.fromKey(relativePath), relativePath, relativePath, null, text.title(),
        text.body(), text.lang(), text.date(), text.dateline(), text.source());
  }
}
