package vn.policykb.web.documents;

import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.policykb.search.DocumentLookup;
import vn.policykb.web.shared.NotFound;

/** {@code GET /api/documents/{id}}: one document in full, with its quotes, people and citations. */
@RestController
class DocumentApiController {

  private final DocumentLookup reader;

  DocumentApiController(DocumentLookup reader) {
    this.reader = reader;
  }

  @GetMapping("/api/documents/{id}")
  DocumentResponse document(@PathVariable String id) throws IOException {
    return reader.document(id).map(DocumentResponse::of)
        .orElseThrow(() -> NotFound.of("no document has the id '" + id + "'"));
  }
}
