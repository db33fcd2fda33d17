package vn.policykb.ingest.index;

/**
 * @param duplicateOf for a {@link WriteOutcome#DUPLICATE}, the id of the document first indexed
 *     with this text; otherwise null
 */
public record WriteResult(WriteOutcome outcome, String duplicateOf) {}
