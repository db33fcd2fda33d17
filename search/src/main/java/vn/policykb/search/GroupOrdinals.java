package vn.policykb.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import vn.policykb.index.IndexSchema;

/**
 * The group of copies of each document as a number valid across the whole index (a global
 * ordinal), so that counting articles rather than documents costs no string per match. The map is
 * built once per index version and dropped when that version closes.
 */
final class GroupOrdinals {

  private static final Map<IndexReader.CacheKey, OrdinalMap> CACHE = new ConcurrentHashMap<>();

  private GroupOrdinals() {}

  /** The map from each segment's group ordinals to ordinals over the whole index, or null. */
  static OrdinalMap of(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return build(reader, null);
    }
    OrdinalMap cached = CACHE.get(helper.getKey());
    if (cached == null) {
      cached = build(reader, helper.getKey());
      CACHE.put(helper.getKey(), cached);
      helper.addClosedListener(CACHE::remove);
    }
    return cached;
  }

  /** A segment's ordinals as global ones. */
  static LongValues toGlobal(OrdinalMap map, LeafReaderContext leaf) {
    return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
  }

  /** The article a document is: its group, or for a document indexed before groups a number no group has. */
  static long article(SortedDocValues group, LongValues toGlobal, int docBase, int doc) throws IOException {
    return group.advanceExact(doc) ? toGlobal.get(group.ordValue()) : -1L - (docBase + doc);
  }

  private static OrdinalMap build(IndexReader reader, IndexReader.CacheKey key) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedDocValues[] values = new SortedDocValues[leaves.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = DocValues.getSorted(leaves.get(i).reader(), IndexSchema.GROUP);
    }
    return OrdinalMap.build(key, values, PackedInts.DEFAULT);
  }
}
