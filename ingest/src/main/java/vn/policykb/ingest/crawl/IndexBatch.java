package vn.policykb.ingest.crawl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.StoredField;
import vn.policykb.ingest.Enricher;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.index.IndexSchema;
import vn.policykb.ingest.index.WriteResult;
import vn.policykb.ingest.crawl.state.Completion;
import vn.policykb.ingest.crawl.state.CrawlStore;
import vn.policykb.ingest.crawl.warc.WarcLocation;

/**
 * Writes crawled documents to the index and ends their pages in the crawl state in step: the pages
 * of a batch are marked done only after the index commit that holds their documents. A process
 * killed between the two fetches those pages again, finds their text already indexed, and writes
 * nothing: nothing is lost and nothing is indexed twice.
 */
final class IndexBatch {

  /** A document to write, and the end of its page once written. */
  interface Done {
    Completion complete(PageOutcome outcome, String reason, String docId);
  }

  private final DocumentIndex index;
  private final CrawlStore store;
  private final int size;
  private final List<Completion> pending = new ArrayList<>();
  private final CrawlListener listener;

  IndexBatch(DocumentIndex index, CrawlStore store, int size, CrawlListener listener) {
    this.index = index;
    this.store = store;
    this.size = Math.max(1, size);
    this.listener = listener;
  }

  /** Writes one document (unless unchanged); returns its outcome. */
  synchronized PageOutcome write(Article article, WarcLocation warc, Done done) throws IOException {
    Article enriched = Enricher.enrich(article);
    DocumentIndex.PreparedWrite prepared = index.prepare(enriched);
    if (prepared.document() != null && warc != null) {
      prepared.document().add(new StoredField(IndexSchema.WARC_RECORD, warc.toString()));
    }
    index.apply(prepared);
    WriteResult result = prepared.result();
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
    pending.add(done.complete(outcome, reason, enriched.id()));
    if (pending.size() >= size) {
      flush();
    }
    return outcome;
  }

  /** Commits the index, then ends the batch's pages. */
  synchronized void flush() throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    index.commit();
    store.complete(pending);
    for (Completion completion : pending) {
      listener.pageDone(completion.source(), completion.outcome(), completion.bodyBytes());
    }
    pending.clear();
  }
}
