package vn.policykb.benchmarks.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.ingest.pipeline.StageTimers;
import vn.policykb.ingest.read.DocumentReaders;
import vn.policykb.ingest.read.ReadOutcome;

/**
 * The index stage alone: documents read, enriched and decided a batch at a time, untimed, then
 * the batch's fields built, analysed and written on every thread, and committed, timed as
 * {@value #WALL}.
 */
final class IndexStageRun {

  static final String WALL = "index-stage-wall";

  private final Pipeline pipeline;
  private final int threads;
  private final int batch;
  private final StageTimers timers;

  IndexStageRun(Pipeline pipeline, int threads, int batch, StageTimers timers) {
    this.pipeline = pipeline;
    this.threads = threads;
    this.batch = batch;
    this.timers = timers;
  }

  long run(List<Path> files) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Article> pending = new ArrayList<>(batch);
      long[] count = {0};
      for (Path file : files) {
        try (InputStream in = Files.newInputStream(file)) {
          DocumentReaders.read(file.getFileName().toString(), in, outcome -> {
            if (outcome instanceof ReadOutcome.Document document) {
              pending.add(document.article());
            }
          });
        }
        // a file's documents are held, then indexed a batch at a time
        for (int from = 0; from < pending.size(); from += batch) {
          count[0] += index(pool, pending.subList(from, Math.min(pending.size(), from + batch)));
        }
        pending.clear();
      }
      return count[0];
    } finally {
      pool.shutdown();
    }
  }

  private int index(ExecutorService pool, List<Article> articles) throws Exception {
    DocumentIndex index = pipeline.index();
    List<Future<DocumentIndex.Fingerprint>> enriched = new ArrayList<>(articles.size());
    for (Article article : articles) {
      enriched.add(pool.submit(() -> DocumentIndex.fingerprint(pipeline.enrichment().enrich(article))));
    }
    List<DocumentIndex.PreparedWrite> writes = new ArrayList<>(articles.size());
    for (Future<DocumentIndex.Fingerprint> fingerprint : enriched) {
      DocumentIndex.PreparedWrite prepared = index.prepare(fingerprint.get());
      if (prepared.writes()) {
        writes.add(prepared);
      }
    }
    long start = System.nanoTime();
    List<Future<?>> applied = new ArrayList<>(writes.size());
    for (DocumentIndex.PreparedWrite write : writes) {
      applied.add(pool.submit(() -> {
        long t = System.nanoTime();
        index.apply(write);
        timers.since("index", t);
        return null;
      }));
    }
    for (Future<?> write : applied) {
      write.get();
    }
    long commit = System.nanoTime();
    index.commit();
    timers.since("commit", commit);
    timers.since(WALL, start);
    return articles.size();
  }
}
