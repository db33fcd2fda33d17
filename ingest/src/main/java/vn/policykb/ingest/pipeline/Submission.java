package vn.policykb.ingest.pipeline;

import vn.policykb.ingest.read.ReadOutcome;

/**
 * A document read by a source (or the reason reading gave none), with what the source needs back.
 *
 * @param outcome what reading the input gave
 * @param archivedAt for a crawled page, the WARC record it was read from ({@code file@offset}),
 *     stored with the document; else null
 * @param tag the source's own handle on the input, given back with its decision; may be null
 * @param skipped the source passed the input over unread (an empty file, a broken link): {@code
 *     outcome} is then a {@link ReadOutcome.Rejected} with the reason, and the input is reported as
 *     skipped rather than rejected
 */
public record Submission(ReadOutcome outcome, String archivedAt, Object tag, boolean skipped) {

  public Submission(ReadOutcome outcome, String archivedAt, Object tag) {
    this(outcome, archivedAt, tag, false);
  }

  public Submission {
    if (skipped && !(outcome instanceof ReadOutcome.Rejected)) {
      throw new IllegalArgumentException("a skipped input has no document");
    }
  }

  public static Submission of(ReadOutcome outcome) {
    return new Submission(outcome, null, null);
  }

  /** An input passed over unread, and why. */
  public static Submission skipped(String where, String reason) {
    return new Submission(new ReadOutcome.Rejected(where, reason), null, null, true);
  }

  /** Where the input came from: a path, a path and line, a URL. */
  public String where() {
    return switch (outcome) {
      case ReadOutcome.Document document -> document.where();
      case ReadOutcome.Rejected rejected -> rejected.where();
    };
  }
}
