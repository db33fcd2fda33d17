package vn.policykb.ingest.index;

/**
 * @param duplicateOf for a {@link WriteOutcome#DUPLICATE}, the id of the document first indexed
 *     with this text; for a {@link WriteOutcome#NEAR_DUPLICATE}, the id of the first document of
 *     the group it joins (the article's original); otherwise null
 */
public record WriteResult(WriteOutcome outcome, String duplicateOf) {}
