package vn.policykb.ingest.crawl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import vn.policykb.index.IndexSchema;

/** What an index holds, read from its last commit: each document by URL. */
final class IndexContents {

  record Doc(String id, String url, String hash, String warc, String body, String lang) {}

  private IndexContents() {}

  static Map<String, Doc> read(Path dataDir) throws IOException {
    Map<String, Doc> docs = new TreeMap<>();
    try (FSDirectory dir = FSDirectory.open(dataDir.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (var leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields fields = leaf.reader().storedFields();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live != null && !live.get(i)) {
            continue;
          }
          Document doc = fields.document(i);
          docs.put(doc.get(IndexSchema.URL), new Doc(doc.get(IndexSchema.ID), doc.get(IndexSchema.URL),
              doc.get(IndexSchema.CONTENT_HASH), doc.get(IndexSchema.WARC_RECORD), doc.get(IndexSchema.BODY),
              doc.get(IndexSchema.LANG)));
        }
      }
    }
    return docs;
  }

  /** Id and content hash of every document: what two crawls must agree on. */
  static Map<String, String> fingerprint(Path dataDir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    read(dataDir).forEach((url, doc) -> out.put(doc.id(), doc.hash()));
    return out;
  }
}
