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
    PolicyDocument doc = PARSER.parse(bytes, relativePath.substring(relativePath.lastIndexOf('/') + 1));
    String title = doc.title() != null && !doc.title().isBlank() ? doc.title() : fileTitle(relativePath);
    String summary = doc.number() == null ? null
        : String.join(" ", nonNull(doc.documentType(), "số " + doc.number(), doc.issuer(), doc.place()));
    return new Article(DocumentIds.fromKey(relativePath), relativePath, relativePath, null, title, doc.text(),
        doc.lang() == null ? "vi" : doc.lang(), doc.date(), null, doc.issuer(), List.of(), List.of(), null, summary,
        List.of());
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
