package vn.policykb.ingest.index;

/** What writing one document did to the index. */
public enum WriteOutcome {
  /** A new id. */
  ADDED,
  /** A known id with other content: replaced in place. */
  UPDATED,
  /** A known id with the same content: nothing written. */
  UNCHANGED
}
