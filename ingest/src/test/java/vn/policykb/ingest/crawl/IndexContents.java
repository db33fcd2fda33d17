package vn.policykb.ingest.crawl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import vn.policykb.index.IndexSchema;

/** What an index holds, read from its last commit: each document by URL. */
public final class IndexContents {

  record Doc(String id, String url, String hash, String warc, String body, String lang) {}

  /** What every road into the index must agree on for one document, but where its bytes came from. */
  public record Indexed(String title, String lang, String hash, String group, String duplicateOf, String nearOf,
      String translation, String warc) {}

  private IndexContents() {}

  static Map<String, Doc> read(Path dataDir) throws IOException {
    Map<String, Doc> docs = new TreeMap<>();
    forEach(dataDir, (doc, translation) -> docs.put(doc.get(IndexSchema.URL), new Doc(doc.get(IndexSchema.ID),
        doc.get(IndexSchema.URL), doc.get(IndexSchema.CONTENT_HASH), doc.get(IndexSchema.WARC_RECORD),
        doc.get(IndexSchema.BODY), doc.get(IndexSchema.LANG))));
    return docs;
  }

  /** Every document by id, with its group, copy and translation links. */
  public static Map<String, Indexed> indexed(Path dataDir) throws IOException {
    Map<String, Indexed> docs = new TreeMap<>();
    forEach(dataDir, (doc, translation) -> docs.put(doc.get(IndexSchema.ID), new Indexed(doc.get(IndexSchema.TITLE),
        doc.get(IndexSchema.LANG), doc.get(IndexSchema.CONTENT_HASH), doc.get(IndexSchema.GROUP),
        doc.get(IndexSchema.DUPLICATE_OF), doc.get(IndexSchema.NEAR_DUPLICATE_OF), translation,
        doc.get(IndexSchema.WARC_RECORD))));
    return docs;
  }

  /** Each live document of the last commit, with the id of its translation (or null). */
  private static void forEach(Path dataDir, BiConsumer<Document, String> action) throws IOException {
    try (FSDirectory dir = FSDirectory.open(dataDir.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (var leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields fields = leaf.reader().storedFields();
        BinaryDocValues translations = leaf.reader().getBinaryDocValues(IndexSchema.TRANSLATION);
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live != null && !live.get(i)) {
            continue;
          }
          String translation = null;
          if (translations != null && translations.advanceExact(i)) {
            String value = translations.binaryValue().utf8ToString();
            translation = value.isEmpty() ? null : value;
          }
          action.accept(fields.document(i), translation);
        }
      }
    }
  }

  /** Id and content hash of every document: what two crawls must agree on. */
  static Map<String, String> fingerprint(Path dataDir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    read(dataDir).forEach((url, doc) -> out.put(doc.id(), doc.hash()));
    return out;
  }
}
