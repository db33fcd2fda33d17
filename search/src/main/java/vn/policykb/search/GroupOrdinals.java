package vn.policykb.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import vn.policykb.index.IndexSchema;

/**
 * The groups of copies of one index version as numbers valid across the whole index (global
 * ordinals), and which groups hold more than one document: an article published once (nearly
 * every one) needs no de-duplication when it is counted. Built once per index version, dropped
 * when the version closes.
 */
final class GroupOrdinals {

  private static final Map<IndexReader.CacheKey, GroupOrdinals> CACHE = new ConcurrentHashMap<>();

  private final ValueOrdinals groups;
  private final FixedBitSet shared;

  private GroupOrdinals(ValueOrdinals groups, FixedBitSet shared) {
    this.groups = groups;
    this.shared = shared;
  }

  static GroupOrdinals of(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return build(reader);
    }
    GroupOrdinals cached = CACHE.get(helper.getKey());
    if (cached == null) {
      cached = build(reader);
      if (CACHE.putIfAbsent(helper.getKey(), cached) == null) {
        helper.addClosedListener(CACHE::remove);
      }
    }
    return cached;
  }

  private static GroupOrdinals build(IndexReader reader) throws IOException {
    ValueOrdinals groups = ValueOrdinals.of(reader, IndexSchema.GROUP, false);
    int count = Math.max(1, groups.valueCount());
    FixedBitSet seen = new FixedBitSet(count);
    FixedBitSet shared = new FixedBitSet(count);
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues group = DocValues.getSorted(leaf.reader(), IndexSchema.GROUP);
      LongValues toGlobal = groups.toGlobal(leaf);
      for (int doc = group.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = group.nextDoc()) {
        int global = (int) toGlobal.get(group.ordValue());
        if (seen.getAndSet(global)) {
          shared.set(global);
        }
      }
    }
    return new GroupOrdinals(groups, shared);
  }

  /** The global ordinals of a segment's group ordinals. */
  LongValues toGlobal(LeafReaderContext leaf) {
    return groups.toGlobal(leaf);
  }

  /** Whether the group holds more than one document of the index (matching or not). */
  boolean shared(long globalOrd) {
    return shared.get((int) globalOrd);
  }

  long groupCount() {
    return groups.valueCount();
  }
}
