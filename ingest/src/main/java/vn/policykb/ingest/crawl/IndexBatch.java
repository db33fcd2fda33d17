package vn.policykb.ingest.crawl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.policykb.ingest.crawl.state.Completion;
import vn.policykb.ingest.crawl.state.CrawlStore;
import vn.policykb.ingest.crawl.warc.WarcLocation;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.pipeline.Decision;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.ingest.pipeline.PipelineListener;
import vn.policykb.ingest.pipeline.PipelineRun;
import vn.policykb.ingest.pipeline.Submission;
import vn.policykb.ingest.read.ReadOutcome;

/**
 * Hands crawled documents to the pipeline and ends their pages in the crawl state in step: the
 * pages of a batch are marked done only after the index commit that holds their documents. A
 * process killed between the two fetches those pages again, finds their text already indexed, and
 * writes nothing: nothing is lost and nothing is indexed twice. Fetchers submit concurrently;
 * documents are enriched on the pipeline's workers, no lock held.
 */
final class IndexBatch implements PipelineListener, AutoCloseable {

  /** A document to write, and the end of its page once written. */
  interface Done {
    Completion complete(PageOutcome outcome, String reason, String docId);
  }

  private final CrawlStore store;
  private final CrawlListener listener;
  private final PipelineRun run;
  /** Pages decided since the last commit: guarded by the run, which calls back one at a time. */
  private final List<Completion> pending = new ArrayList<>();

  IndexBatch(Pipeline pipeline, CrawlStore store, int size, CrawlListener listener) {
    this.store = store;
    this.listener = listener;
    this.run = pipeline.start(Runtime.getRuntime().availableProcessors(), Math.max(1, size), this);
  }

  /** Submits one document; its page ends once the commit that holds it is made. */
  void write(Article article, WarcLocation warc, Done done) throws IOException {
    run.submit(new Submission(new ReadOutcome.Document(article.key(), article), warc == null ? null : warc.toString(),
        done));
  }

  /** Commits the index, then ends the batch's pages. */
  void flush() throws IOException {
    run.commit();
  }

  @Override
  public void decided(Submission submission, Decision decision) {
    Done done = (Done) submission.tag();
    pending.add(switch (decision) {
      case Decision.Rejected rejected -> done.complete(PageOutcome.FAILED, rejected.reason(), null);
      case Decision.Written written -> {
        var result = written.result();
        PageOutcome outcome = switch (result.outcome()) {
          case ADDED -> PageOutcome.NEW;
          case UPDATED -> PageOutcome.UPDATED;
          case UNCHANGED -> PageOutcome.UNCHANGED;
          case DUPLICATE, NEAR_DUPLICATE -> PageOutcome.DUPLICATE;
        };
        String reason = switch (result.outcome()) {
          case DUPLICATE -> "same text as " + result.duplicateOf();
          case NEAR_DUPLICATE -> "nearly the same text as " + result.duplicateOf();
          case UNCHANGED -> "same text as indexed before";
          default -> null;
        };
        yield done.complete(outcome, reason, written.id());
      }
    });
  }

  @Override
  public void committed() throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    store.complete(pending);
    for (Completion completion : pending) {
      listener.pageDone(completion.source(), completion.outcome(), completion.bodyBytes());
    }
    pending.clear();
  }

  @Override
  public void close() throws IOException {
    run.close();
  }
}
