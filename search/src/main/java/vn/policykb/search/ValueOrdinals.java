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
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The values of a doc-values field of one index version as numbers valid across the whole index
 * (global ordinals): a facet with many values (people, sources) is then counted by number and only
 * the values shown are read as strings. Built once per index version and field.
 */
final class ValueOrdinals {

  private record Key(IndexReader.CacheKey reader, String field) {}

  private static final Map<Key, ValueOrdinals> CACHE = new ConcurrentHashMap<>();

  private final List<LeafReaderContext> leaves;
  private final String field;
  private final boolean multiValued;
  private final OrdinalMap map;

  private ValueOrdinals(List<LeafReaderContext> leaves, String field, boolean multiValued, OrdinalMap map) {
    this.leaves = leaves;
    this.field = field;
    this.multiValued = multiValued;
    this.map = map;
  }

  /** @param multiValued a sorted-set field, else a sorted one */
  static ValueOrdinals of(IndexReader reader, String field, boolean multiValued) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return build(reader, field, multiValued, null);
    }
    Key key = new Key(helper.getKey(), field);
    ValueOrdinals cached = CACHE.get(key);
    if (cached == null) {
      cached = build(reader, field, multiValued, helper.getKey());
      if (CACHE.putIfAbsent(key, cached) == null) {
        helper.addClosedListener(closed -> CACHE.remove(new Key(closed, field)));
      }
    }
    return cached;
  }

  private static ValueOrdinals build(IndexReader reader, String field, boolean multiValued, IndexReader.CacheKey key)
      throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    OrdinalMap map;
    if (multiValued) {
      SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
      }
      map = OrdinalMap.build(key, values, PackedInts.DEFAULT);
    } else {
      SortedDocValues[] values = new SortedDocValues[leaves.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = DocValues.getSorted(leaves.get(i).reader(), field);
      }
      map = OrdinalMap.build(key, values, PackedInts.DEFAULT);
    }
    return new ValueOrdinals(leaves, field, multiValued, map);
  }

  int valueCount() {
    return (int) map.getValueCount();
  }

  LongValues toGlobal(LeafReaderContext leaf) {
    return map.getGlobalOrds(leaf.ord);
  }

  /** The value of a global ordinal, read from the first segment that has it. */
  String value(long globalOrd) throws IOException {
    LeafReaderContext leaf = leaves.get(map.getFirstSegmentNumber(globalOrd));
    long ord = map.getFirstSegmentOrd(globalOrd);
    BytesRef value = multiValued
        ? DocValues.getSortedSet(leaf.reader(), field).lookupOrd(ord)
        : DocValues.getSorted(leaf.reader(), field).lookupOrd((int) ord);
    return value.utf8ToString();
  }
}
