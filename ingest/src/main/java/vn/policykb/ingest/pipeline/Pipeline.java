package vn.policykb.ingest.pipeline;

import java.io.IOException;
import java.util.Collection;
import vn.policykb.ingest.enrich.Enrichment;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.links.StoryLinker;
import vn.policykb.kb.KnowledgeBase;

/**
 * The one road into the index: read → extract → normalize (the readers, which hand over
 * {@link Submission}s) → enrich ({@link Enrichment}, its steps in order) → index (decide what each
 * document is, then write it) → commit → link each story with its counterpart in the other
 * language. Every source (file trees, JSONL, uploads, the crawl, a WARC reindex) goes through a
 * {@link PipelineRun} of it, so a document is the same whichever road it took.
 */
public final class Pipeline {

  private final DocumentIndex index;
  private final Enrichment enrichment;
  private final StoryLinker linker;
  private final StageTimers timers;

  public Pipeline(DocumentIndex index, Enrichment enrichment) {
    this(index, enrichment, StageTimers.none());
  }

  /** @param timers where the time each stage takes is recorded */
  public Pipeline(DocumentIndex index, Enrichment enrichment, StageTimers timers) {
    this.index = index;
    this.enrichment = enrichment;
    this.linker = new StoryLinker(index);
    this.timers = timers;
  }

  /** The pipeline with every enrichment step, from this registry. */
  public static Pipeline standard(DocumentIndex index, KnowledgeBase kb) {
    return standard(index, kb, StageTimers.none());
  }

  /** The pipeline with every enrichment step, timing its stages. */
  public static Pipeline standard(DocumentIndex index, KnowledgeBase kb, StageTimers timers) {
    return new Pipeline(index, Enrichment.standard(kb), timers);
  }

  public StageTimers timers() {
    return timers;
  }

  public DocumentIndex index() {
    return index;
  }

  public Enrichment enrichment() {
    return enrichment;
  }

  /**
   * Starts a run.
   *
   * @param threads how many documents are parsed, enriched, analysed and written at once; with one,
   *     everything happens on the submitting thread
   * @param commitEvery documents decided between two commits
   */
  public PipelineRun start(int threads, int commitEvery, PipelineListener listener) {
    return new PipelineRun(this, threads, commitEvery, listener);
  }

  /** The last stage, after a commit: links the documents written since the last one. */
  void link(Collection<String> written) throws IOException {
    if (!written.isEmpty()) {
      long start = System.nanoTime();
      linker.link(written);
      timers.since("link", start);
    }
  }
}
