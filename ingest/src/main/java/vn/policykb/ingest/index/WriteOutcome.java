package vn.policykb.ingest.index;

/** What writing one document did to the index. */
public enum WriteOutcome {
  /** A new id. */
  ADDED,
  /** A known id with other content: replaced in place. */
  UPDATED,
  /** A known id with the same content: nothing written. */
  UNCHANGED,
  /**
   * The same text as a document already indexed under another id (the same article at another
   * address): kept, marked as a copy of the first, and left out of search results.
   */
  DUPLICATE
}
