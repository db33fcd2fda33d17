package vn.policykb.ingest.pipeline;

import vn.policykb.ingest.read.ReadOutcome;

/**
 * A document read by a source (or the reason reading gave none), with what the source needs back.
 *
 * @param outcome what reading the input gave
 * @param archivedAt for a crawled page, the WARC record it was read from ({@code file@offset}),
 *     stored with the document; else null
 * @param tag the source's own handle on the input, given back with its decision; may be null
 */
public record Submission(ReadOutcome outcome, String archivedAt, Object tag) {

  public static Submission of(ReadOutcome outcome) {
    return new Submission(outcome, null, null);
  }

  /** Where the input came from: a path, a path and line, a URL. */
  public String where() {
    return switch (outcome) {
      case ReadOutcome.Document document -> document.where();
      case ReadOutcome.Rejected rejected -> rejected.where();
    };
  }
}
