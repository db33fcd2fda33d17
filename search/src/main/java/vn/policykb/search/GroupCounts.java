package vn.policykb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.SparseFixedBitSet;

/**
 * How many articles have a value: those published once counted as a number, the groups of
 * copies as a set of groups, so that a group whose copies all have the value counts once.
 */
final class GroupCounts {

  private final long groupCount;
  private long single;
  private SparseFixedBitSet shared;

  GroupCounts(long groupCount) {
    this.groupCount = groupCount;
  }

  /** @param group the global ordinal of a group of copies, or -1 for an article published once */
  void add(long group) {
    if (group < 0) {
      single++;
      return;
    }
    if (shared == null) {
      shared = new SparseFixedBitSet((int) Math.max(1, groupCount));
    }
    shared.set((int) group);
  }

  void add(GroupCounts other) {
    single += other.single;
    if (other.shared != null) {
      if (shared == null) {
        shared = new SparseFixedBitSet((int) Math.max(1, groupCount));
      }
      try {
        shared.or(new BitSetIterator(other.shared, other.shared.approximateCardinality()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  long count() {
    return single + (shared == null ? 0 : shared.cardinality());
  }

}
