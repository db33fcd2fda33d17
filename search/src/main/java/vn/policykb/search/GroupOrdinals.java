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
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import vn.policykb.index.IndexSchema;

/**
 * The groups of copies of one index version as numbers valid across the whole index (global
 * ordinals), and which groups hold more than one document: an article published once (nearly
 * every one) needs no de-duplication when it is counted. Built once per index version, dropped
 * when the version closes.
 */
final class GroupOrdinals {

  private static final Map<IndexReader.CacheKey, GroupOrdinals> CACHE = new ConcurrentHashMap<>();

  private final OrdinalMap map;
  private final FixedBitSet shared;
  private final long groupCount;

  private GroupOrdinals(OrdinalMap map, FixedBitSet shared, long groupCount) {
    this.map = map;
    this.shared = shared;
    this.groupCount = groupCount;
  }

  static GroupOrdinals of(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return build(reader, null);
    }
    GroupOrdinals cached = CACHE.get(helper.getKey());
    if (cached == null) {
      cached = build(reader, helper.getKey());
      if (CACHE.putIfAbsent(helper.getKey(), cached) == null) {
        helper.addClosedListener(CACHE::remove);
      }
    }
    return cached;
  }

  private static GroupOrdinals build(IndexReader reader, IndexReader.CacheKey key) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedDocValues[] values = new SortedDocValues[leaves.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = DocValues.getSorted(leaves.get(i).reader(), IndexSchema.GROUP);
    }
    OrdinalMap map = OrdinalMap.build(key, values, PackedInts.DEFAULT);
    long groups = map.getValueCount();
    FixedBitSet seen = new FixedBitSet((int) Math.max(1, groups));
    FixedBitSet shared = new FixedBitSet((int) Math.max(1, groups));
    for (LeafReaderContext leaf : leaves) {
      SortedDocValues group = DocValues.getSorted(leaf.reader(), IndexSchema.GROUP);
      LongValues toGlobal = map.getGlobalOrds(leaf.ord);
      for (int doc = group.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = group.nextDoc()) {
        int global = (int) toGlobal.get(group.ordValue());
        if (seen.getAndSet(global)) {
          shared.set(global);
        }
      }
    }
    return new GroupOrdinals(map, shared, groups);
  }

  /** The global ordinals of a segment's group ordinals. */
  LongValues toGlobal(LeafReaderContext leaf) {
    return map.getGlobalOrds(leaf.ord);
  }

  /** Whether the group holds more than one document of the index (matching or not). */
  boolean shared(long globalOrd) {
    return shared.get((int) globalOrd);
  }

  long groupCount() {
    return groupCount;
  }
}
