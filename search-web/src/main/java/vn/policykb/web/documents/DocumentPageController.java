package vn.policykb.web.documents;

import java.io.IOException;
import java.util.Optional;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.policykb.search.DocumentLookup;
import vn.policykb.search.StoredDocument;

/** {@code GET /documents/{id}}: a document to read, its quotes marked in the text. */
@Controller
class DocumentPageController {

  private final DocumentLookup reader;

  DocumentPageController(DocumentLookup reader) {
    this.reader = reader;
  }

  @GetMapping("/documents/{id}")
  String document(@PathVariable String id, Model model, HttpServletResponse response) throws IOException {
    Optional<StoredDocument> document = reader.document(id);
    if (document.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("whatKey", "notfound.document");
      model.addAttribute("what", id);
      return "not-found";
    }
    StoredDocument doc = document.get();
    model.addAttribute("doc", doc);
    model.addAttribute("paragraphs", QuotedText.of(doc));
    model.addAttribute("citations", LegalCitations.display(doc));
    // the same story in the other language, read beside it
    if (doc.translation() != null) {
      reader.document(doc.translation()).ifPresent(other -> {
        model.addAttribute("other", other);
        model.addAttribute("otherParagraphs", other.paragraphs());
      });
    }
    return "document";
  }
}
