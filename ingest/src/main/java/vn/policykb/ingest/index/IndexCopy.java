package vn.policykb.ingest.index;

import java.io.IOException;
import vn.policykb.index.IndexSchema;

/**
 * Copies every document of one index into another, as it is ({@link StoredDocuments}): the way an
 * embedded data dir moves into OpenSearch, and back. Nothing is decided again: ids, groups of
 * copies and translation links stay what they were. A document already in the target under the
 * same id is replaced.
 */
public final class IndexCopy {

  /** @param copied documents read and written; @param inTarget documents the target holds after */
  public record Result(long copied, int inTarget) {}

  private IndexCopy() {}

  /** @param commitEvery documents between two commits of the target: what an interrupted copy keeps */
  public static Result copy(IndexStore from, IndexStore to, int commitEvery) throws IOException {
    long[] copied = {0};
    from.forEachDocument(stored -> {
      to.write(stored.get(IndexSchema.ID), StoredDocuments.rebuild(stored));
      if (++copied[0] % commitEvery == 0) {
        to.commit();
      }
    });
    to.commit();
    return new Result(copied[0], to.count());
  }
}
