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
  DUPLICATE,
  /**
   * Nearly the same text as a document already indexed under another id (the same article with
   * another lead, sign-off or a few words changed): kept, searchable, and shown in one result with
   * the documents of that one's group.
   */
  NEAR_DUPLICATE
}
