package vn.policykb.ingest.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import vn.policykb.index.StoredMatches;
import vn.policykb.ingest.dedup.TextSignature;

/**
 * Where an index lives, as the pipeline uses it: the lookups by which {@link DocumentIndex} decides
 * what a write is (over what is committed; it keeps what was written since itself), the writes, and
 * the commit that makes them durable and visible. The embedded Lucene index is one; a search server
 * may be another.
 */
public interface IndexStore extends Closeable {

  /** A committed document a new text may be a near copy of. */
  record Candidate(String id, String group, TextSignature signature) {}

  /** One stored value of the committed document with this id; null when there is none. */
  String storedValue(String id, String field) throws IOException;

  /**
   * The committed documents with this text hash that copy no other, at most two: the original of
   * a text, and whether there is another.
   */
  List<String> originalsWithText(String textHash) throws IOException;

  /**
   * Committed documents that share at least one of these band keys and have a signature, those
   * sharing the most first, at most {@code max}.
   */
  List<Candidate> nearCandidates(List<String> bands, int max) throws IOException;

  /** Writes (adds or replaces) the document with this id; safe from several threads at once. */
  void write(String id, Document document) throws IOException;

  /** Sets a document's counterpart in the other language (empty: none) without rewriting it. */
  void setTranslation(String id, String translation) throws IOException;

  /** Makes what was written durable and visible to lookups and searches. */
  void commit() throws IOException;

  /** Documents visible to searches. */
  int count() throws IOException;

  /**
   * Every committed document as {@link StoredDocuments#rebuild} takes it: its stored values, with
   * its near-duplicate signature and translation link; in no particular order.
   */
  void forEachDocument(DocumentConsumer each) throws IOException;

  /** What {@link #forEachDocument} hands each document to. */
  @FunctionalInterface
  interface DocumentConsumer {
    void accept(Document stored) throws IOException;
  }

  /** The committed documents as the reads that check each match read them: the story linker's. */
  StoredMatches matches();

  /** Where the index is, for messages: a folder, or a server's address and index name. */
  String location();
}
