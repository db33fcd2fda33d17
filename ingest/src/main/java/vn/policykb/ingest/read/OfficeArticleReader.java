package vn.policykb.ingest.read;

import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.parse.RejectedInputException;

/** Policy documents: PDF, Word, OpenDocument, RTF. */
final class OfficeArticleReader {

  private OfficeArticleReader() {}

  static Article read(String relativePath, byte[] bytes) throws RejectedInputException {
    throw new RejectedInputException("policy documents (.pdf, .docx, .doc, .odt, .rtf) are not read yet");
  }
}
