package vn.policykb.ingest.pipeline;

import java.io.IOException;
import vn.policykb.ingest.read.ReadOutcome;

/** What a source hears back from a run of the pipeline. */
public interface PipelineListener {

  /**
   * An input was decided: called in the order inputs were submitted (inputs handed over as bytes
   * give their documents in reading order), on the thread that submitted or committed.
   */
  void decided(Submission submission, Decision decision) throws IOException;

  /** What was decided before is now durable and searchable, and linked across languages. */
  default void committed() throws IOException {}

  /** Reports into an {@link IngestReport}. */
  static PipelineListener reporting(IngestReport report) {
    return (submission, decision) -> {
      switch (decision) {
        case Decision.Written written -> report.record(submission.where(), written.id(), written.result(),
            submission.outcome() instanceof ReadOutcome.Document document && document.article().truncated());
        case Decision.Rejected rejected when submission.skipped() -> report.skip(submission.where(), rejected.reason());
        case Decision.Rejected rejected -> report.reject(submission.where(), rejected.reason());
      }
    };
  }
}
