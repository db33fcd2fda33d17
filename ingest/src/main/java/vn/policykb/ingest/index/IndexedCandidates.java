package vn.policykb.ingest.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import vn.policykb.index.IndexSchema;
import vn.policykb.ingest.dedup.TextSignature;

/**
 * The id, group and signature of indexed documents a new text may be a near copy of, read from
 * doc values in document order. A document written before signatures had doc values is read
 * from its stored fields instead.
 */
final class IndexedCandidates {

  private static final Set<String> STORED = Set.of(IndexSchema.ID, IndexSchema.GROUP, IndexSchema.NEAR_SIGNATURE);

  private IndexedCandidates() {}

  /** The candidates among these hits that have a signature, in document order. */
  static List<IndexStore.Candidate> read(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    ScoreDoc[] inOrder = hits.clone();
    Arrays.sort(inOrder, Comparator.comparingInt(hit -> hit.doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<IndexStore.Candidate> candidates = new ArrayList<>(inOrder.length);
    StoredFields stored = null;
    LeafReaderContext leaf = null;
    BinaryDocValues signatures = null;
    SortedDocValues ids = null;
    SortedDocValues groups = null;
    for (ScoreDoc hit : inOrder) {
      if (leaf == null || hit.doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        signatures = DocValues.getBinary(leaf.reader(), IndexSchema.NEAR_SIGNATURE);
        ids = DocValues.getSorted(leaf.reader(), IndexSchema.ID);
        groups = DocValues.getSorted(leaf.reader(), IndexSchema.GROUP);
      }
      int doc = hit.doc - leaf.docBase;
      if (signatures.advanceExact(doc) && ids.advanceExact(doc)) {
        String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
        String group = groups.advanceExact(doc) ? groups.lookupOrd(groups.ordValue()).utf8ToString() : id;
        BytesRef bytes = signatures.binaryValue();
        candidates.add(new IndexStore.Candidate(id, group, TextSignature.fromBytes(bytes.bytes, bytes.offset, bytes.length)));
        continue;
      }
      if (stored == null) {
        stored = searcher.storedFields();
      }
      Document fields = stored.document(hit.doc, STORED);
      BytesRef bytes = fields.getBinaryValue(IndexSchema.NEAR_SIGNATURE);
      if (bytes != null) {
        String id = fields.get(IndexSchema.ID);
        String group = fields.get(IndexSchema.GROUP);
        candidates.add(new IndexStore.Candidate(id, group == null ? id : group,
            TextSignature.fromBytes(bytes.bytes, bytes.offset, bytes.length)));
      }
    }
    return candidates;
  }
}
