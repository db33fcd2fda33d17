package vn.policykb.ingest.read;

import java.util.List;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.document.DocumentIds;
import vn.policykb.ingest.parse.RejectedInputException;
import vn.policykb.ingest.policy.PolicyDocument;
import vn.policykb.ingest.policy.PolicyDocumentParser;

/**
 * Policy documents: PDF, Word, OpenDocument, RTF, read by Tika under limits. An official
 * document's number and issuer become its source and its first citation.
 */
final class OfficeArticleReader {

  /** Thread-safe; Tika's parsers are costly to set up. */
  private static final PolicyDocumentParser PARSER = new PolicyDocumentParser();

  private OfficeArticleReader() {}

  static Article read(String relativePath, byte[] bytes) throws RejectedInputException {
    return read(relativePath, bytes, null, null);
  }

  /**
   * @param url where the document was fetched from, or null for a file: it identifies the document
   * @param langHint the language to assume when the document's text does not tell, or null
   */
  static Article read(String relativePath, byte[] bytes, String url, String langHint) throws RejectedInputException {
    return read(PARSER, relativePath, bytes, url, langHint);
  }

  /** @param parser the parser and its limits */
  static Article read(PolicyDocumentParser parser, String relativePath, byte[] bytes, String url, String langHint)
      throws RejectedInputException {
    PolicyDocument doc = parser.parse(bytes, relativePath.substring(relativePath.lastIndexOf('/') + 1));
    String title = doc.title() != null && !doc.title().isBlank() ? doc.title() : fileTitle(relativePath);
    String summary = doc.number() == null ? null
        : String.join(" ", nonNull(doc.documentType(), "số " + doc.number(), doc.issuer(), doc.place()));
    String key = url != null ? url : relativePath;
    return new Article(DocumentIds.fromKey(key), key, relativePath, url, title, doc.text(),
        doc.lang() != null ? doc.lang() : langHint != null ? langHint : "vi", doc.date(), null, doc.issuer(), null, summary,
        List.of(), doc.truncated());
  }

  private static List<String> nonNull(String... parts) {
    return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
  }

  private static String fileTitle(String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
