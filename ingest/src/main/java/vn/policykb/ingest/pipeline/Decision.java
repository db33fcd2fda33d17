package vn.policykb.ingest.pipeline;

import vn.policykb.ingest.index.WriteResult;

/** What the pipeline made of one input: a document decided (and written unless unchanged), or none. */
public sealed interface Decision {

  /** @param id the document's id; {@code result} says whether it is new, changed, a copy... */
  record Written(String id, WriteResult result) implements Decision {}

  /** An input that gave no document, and why: unreadable, unparsable, or the enrichment failed. */
  record Rejected(String reason) implements Decision {}
}
