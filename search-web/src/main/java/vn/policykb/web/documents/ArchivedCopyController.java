package vn.policykb.web.documents;

import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.policykb.ingest.crawl.warc.ArchivedCopies;
import vn.policykb.ingest.crawl.warc.ArchivedCopies.ArchivedCopy;
import vn.policykb.search.DocumentLookup;
import vn.policykb.search.StoredDocument;
import vn.policykb.web.index.KbProperties;
import vn.policykb.web.shared.NotFound;

/**
 * {@code GET /documents/{id}/archived}: the page or file a crawled document was read from, as
 * fetched and archived (WARC), with when and where it was fetched in response headers.
 */
@RestController
class ArchivedCopyController {

  private final DocumentLookup reader;
  private final KbProperties properties;

  ArchivedCopyController(DocumentLookup reader, KbProperties properties) {
    this.reader = reader;
    this.properties = properties;
  }

  @GetMapping("/documents/{id}/archived")
  ResponseEntity<byte[]> archived(@PathVariable String id) throws IOException {
    StoredDocument document = reader.document(id)
        .orElseThrow(() -> NotFound.of("no document has the id '" + id + "'"));
    Optional<ArchivedCopy> copy = document.archived() == null
        ? Optional.empty() : ArchivedCopies.read(properties.dataDir(), document.archived());
    ArchivedCopy archived = copy.orElseThrow(() -> NotFound.of(
        "the document '" + id + "' has no archived copy: only crawled documents have one"));
    MediaType type;
    try {
      type = MediaType.parseMediaType(archived.contentType());
    } catch (IllegalArgumentException e) {
      type = MediaType.APPLICATION_OCTET_STREAM;
    }
    return ResponseEntity.ok()
        .contentType(type)
        // a fetched page is someone else's: it must not run scripts or send forms as this site
        .header("Content-Security-Policy", "sandbox")
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Archived-From", archived.url())
        .header("X-Archived-At", archived.fetched())
        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
        .body(archived.body());
  }
}
