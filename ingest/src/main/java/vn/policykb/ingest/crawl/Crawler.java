package vn.policykb.ingest.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import vn.policykb.ingest.crawl.state.Completion;
import vn.policykb.ingest.crawl.state.CrawlStore;
import vn.policykb.ingest.crawl.state.FrontierEntry;
import vn.policykb.ingest.crawl.state.PageState;
import vn.policykb.ingest.crawl.warc.WarcArchive;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.ingest.read.DocumentReaders;
import vn.policykb.ingest.read.ReadOutcome;

/**
 * One crawl run over the sources of a plan: discovery (robots.txt, feeds, sitemaps, start pages),
 * then the frontier, host by host in parallel and politely within each host, in rounds until no
 * page is left queued (links followed from pages join the next round). Links are followed at most
 * {@link CrawlSource#maxHops()} hops from the feed, sitemap or start page that announced the first
 * page, and only from pages with article text: a site's endless chain of generated pages costs a
 * few fetches, not the run's page budget.
 *
 * <p>A run that was interrupted (killed, or stopped) is taken up by the next one: its discovery is
 * not repeated once done, and its finished pages are not fetched again.
 */
public final class Crawler {

  private final CrawlPlan plan;
  private final Pipeline pipeline;
  private final CrawlStore store;
  private final Path dataDir;
  private final CrawlListener listener;
  private final Map<String, CrawlSource> sources = new LinkedHashMap<>();
  private final Map<String, AtomicInteger> pageCounts = new ConcurrentHashMap<>();
  private volatile boolean stopping;

  public Crawler(CrawlPlan plan, Pipeline pipeline, CrawlStore store, Path dataDir, CrawlListener listener) {
    this.plan = plan;
    this.pipeline = pipeline;
    this.store = store;
    this.dataDir = dataDir;
    this.listener = listener == null ? CrawlListener.NONE : listener;
    for (CrawlSource source : plan.sources()) {
      sources.put(source.name(), source);
    }
  }

  /** Asks a running crawl to end after the pages in flight; the next run takes up the rest. */
  public void stop() {
    stopping = true;
  }

  public CrawlReport run() throws IOException, InterruptedException {
    long start = System.nanoTime();
    CrawlStore.Run run = store.openRun();
    HostGates gates = new HostGates();
    for (CrawlSource source : plan.sources()) {
      for (List<URI> urls : List.of(source.feeds(), source.sitemaps(), source.start())) {
        for (URI url : urls) {
          gates.configure(Urls.authority(url), source.delay(), source.connections());
        }
      }
    }
    try (WarcArchive archive = new WarcArchive(dataDir); HttpFetcher fetcher = new HttpFetcher(plan.settings(), gates);
        IndexBatch batch = new IndexBatch(pipeline, store, plan.settings().batchSize(), listener)) {
      Recorders recorders = new Recorders(archive);
      RobotsBook robots = new RobotsBook(fetcher, store, gates, run.id(), plan.settings().robotName(), listener, recorders);
      Pass pass = new Pass(run.id(), fetcher, robots, recorders, gates, batch);
      for (CrawlSource source : plan.sources()) {
        store.sourceStarted(run.id(), source.name());
        pageCounts.put(source.name(), new AtomicInteger(store.queuedOrDone(run.id(), source.name())));
      }
      for (CrawlSource source : plan.sources()) {
        if (stopping) {
          break;
        }
        if (!store.discovered(run.id(), source.name())) {
          pass.discover(source);
          if (!stopping) {
            store.markDiscovered(run.id(), source.name());
          }
        }
      }
      while (!stopping) {
        List<FrontierEntry> queued = store.queued(run.id());
        if (queued.isEmpty()) {
          break;
        }
        pass.fetchAll(queued);
        // pages written to the index stay queued until their batch commits: commit before looking again
        pass.batch.flush();
      }
      pass.batch.flush();
      store.finishRun(run.id(), stopping ? CrawlStore.STOPPED : CrawlStore.COMPLETED);
    }
    CrawlReport report = store.report(run.id());
    listener.runFinished(report, System.nanoTime() - start);
    return report;
  }

  /** The work of one run. */
  private final class Pass {

    private final long run;
    private final HttpFetcher fetcher;
    private final RobotsBook robots;
    private final Recorders recorders;
    private final HostGates gates;
    final IndexBatch batch;

    Pass(long run, HttpFetcher fetcher, RobotsBook robots, Recorders recorders, HostGates gates, IndexBatch batch) {
      this.run = run;
      this.fetcher = fetcher;
      this.robots = robots;
      this.recorders = recorders;
      this.gates = gates;
      this.batch = batch;
    }

    // ---- discovery

    void discover(CrawlSource source) throws IOException, InterruptedException {
      for (URI feed : source.feeds()) {
        for (String line : listing(source, feed, Kind.FEED)) {
          candidate(source, line.substring(2), 1, false);
        }
      }
      Set<String> seenSitemaps = new LinkedHashSet<>();
      for (URI sitemap : source.sitemaps()) {
        sitemap(source, sitemap, 0, seenSitemaps);
      }
      for (URI page : source.start()) {
        for (String line : listing(source, page, Kind.PAGE)) {
          candidate(source, line.substring(2), 1, true);
        }
      }
    }

    private void sitemap(CrawlSource source, URI url, int depth, Set<String> seen) throws IOException, InterruptedException {
      if (!seen.add(url.toString()) || depth > 4 || stopping) {
        return;
      }
      for (String line : listing(source, url, Kind.SITEMAP)) {
        String target = line.substring(2);
        if (line.startsWith(Listings.SITEMAP)) {
          var child = UrlCanonicalizer.canonicalize(target);
          if (child.isPresent() && source.allows(child.get())) {
            sitemap(source, child.get(), depth + 1, seen);
          } else {
            store.problem(run, source.name(), target, "sitemap not on the source's hosts: not read");
          }
        } else {
          candidate(source, target, 1, false);
        }
      }
    }

    private enum Kind { FEED, SITEMAP, PAGE }

    /** The links of a feed, sitemap or listing page: fetched conditionally, or as kept when unchanged. */
    private List<String> listing(CrawlSource source, URI url, Kind kind) throws IOException, InterruptedException {
      String what = kind.name().toLowerCase(java.util.Locale.ROOT);
      if (!source.allows(url)) {
        store.problem(run, source.name(), url.toString(), what + " not on the source's hosts: not fetched");
        return List.of();
      }
      if (!robots.allowed(url, source)) {
        store.problem(run, source.name(), url.toString(), what + " disallowed by robots.txt: not fetched");
        return List.of();
      }
      PageState known = store.page(url.toString());
      long start = System.nanoTime();
      FetchResult result = fetcher.fetch(url, known.storedText() == null ? null : known,
          recorders.forDiscovery(source, "discovery"));
      switch (result) {
        case FetchResult.Body body -> {
          listener.requested(source.name(), body.status(), System.nanoTime() - start);
          List<String> lines;
          try {
            lines = kind == Kind.PAGE ? Listings.ofPage(url, body.body(), body.charset())
                : Listings.ofFeedOrSitemap(url, body.mediaType(), body.body());
          } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() != null && e.getMessage().startsWith(Listings.NOT_A_LISTING)
                ? e.getMessage() : what + " could not be read: " + e.getMessage();
            store.problem(run, source.name(), url.toString(), reason);
            return List.of();
          }
          store.remember(new PageState(url.toString(), body.header("etag").orElse(null),
              body.header("last-modified").orElse(null), null, null, body.warc().toString(), String.join("\n", lines)),
              body.status(), run, body.attempts(), body.body().length);
          return lines;
        }
        case FetchResult.NotModified notModified -> {
          listener.requested(source.name(), 304, System.nanoTime() - start);
          return known.storedText().isEmpty() ? List.of() : List.of(known.storedText().split("\n"));
        }
        case FetchResult.Redirect redirect -> {
          listener.requested(source.name(), redirect.status(), System.nanoTime() - start);
          var target = UrlCanonicalizer.resolve(url, redirect.location());
          if (target.isEmpty() || target.get().equals(url)) {
            store.problem(run, source.name(), url.toString(), what + " redirects nowhere usable: " + redirect.location());
            return List.of();
          }
          // listings move rarely: one hop, checked like the first
          return listingOnce(source, target.get(), kind, url);
        }
        case FetchResult.Failed failed -> {
          listener.requested(source.name(), failed.status(), System.nanoTime() - start);
          store.problem(run, source.name(), url.toString(), what + ": " + failed.reason());
          return List.of();
        }
      }
    }

    private final Set<String> redirectedListings = ConcurrentHashMap.newKeySet();

    private List<String> listingOnce(CrawlSource source, URI target, Kind kind, URI from) throws IOException, InterruptedException {
      if (!redirectedListings.add(from.toString())) {
        store.problem(run, source.name(), from.toString(), "redirect loop");
        return List.of();
      }
      return listing(source, target, kind);
    }

    /** A URL found in a listing: queued, or recorded as skipped with why. */
    void candidate(CrawlSource source, String raw, int depth, boolean fromPage) throws IOException, InterruptedException {
      var canonical = UrlCanonicalizer.canonicalize(raw);
      if (canonical.isEmpty()) {
        return;
      }
      URI url = canonical.get();
      if (fromPage && !source.follows(url)) {
        return;
      }
      if (!source.allows(url)) {
        store.skip(run, url, raw, source.name(), "off-site: " + Urls.authority(url) + " is not one of the source's hosts");
        return;
      }
      if (!robots.allowed(url, source)) {
        store.skip(run, url, raw, source.name(), "disallowed by robots.txt");
        return;
      }
      AtomicInteger count = pageCounts.get(source.name());
      if (count.get() >= source.maxPages()) {
        store.skip(run, url, raw, source.name(), "over the limit of " + source.maxPages() + " pages per run");
        return;
      }
      if (store.enqueue(run, url, raw, source.name(), depth) == CrawlStore.Enqueued.QUEUED) {
        count.incrementAndGet();
      }
    }

    // ---- fetching

    void fetchAll(List<FrontierEntry> queued) throws IOException, InterruptedException {
      Map<String, Queue<FrontierEntry>> byHost = new LinkedHashMap<>();
      for (FrontierEntry entry : queued) {
        byHost.computeIfAbsent(Urls.authority(entry.url()), k -> new ConcurrentLinkedQueue<>()).add(entry);
      }
      AtomicReference<Exception> fatal = new AtomicReference<>();
      try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
        for (var host : byHost.entrySet()) {
          CrawlSource first = sources.get(host.getValue().peek().source());
          gates.configure(host.getKey(), first.delay(), first.connections());
          for (int i = 0; i < first.connections(); i++) {
            workers.execute(() -> {
              FrontierEntry entry;
              while (!stopping && fatal.get() == null && (entry = host.getValue().poll()) != null) {
                try {
                  page(entry);
                } catch (IOException | InterruptedException e) {
                  // the index or the state cannot be written: the run cannot go on
                  fatal.compareAndSet(null, e);
                }
              }
            });
          }
        }
      }
      Exception e = fatal.get();
      if (e instanceof IOException io) {
        throw io;
      }
      if (e instanceof InterruptedException interrupted) {
        throw interrupted;
      }
    }

    /** Fetches one candidate page, following redirects within the source's hosts. */
    private void page(FrontierEntry entry) throws IOException, InterruptedException {
      CrawlSource source = sources.get(entry.source());
      if (source == null) {
        done(entry, PageOutcome.SKIPPED, "its source is no longer in the sources file", 0, 0, 0, null);
        return;
      }
      URI url = entry.url();
      List<URI> chain = new ArrayList<>(List.of(url));
      int requests = 0;
      while (true) {
        if (!source.allows(url)) {
          done(entry, PageOutcome.FAILED, "redirected off-site to " + url, 0, requests, 0, null);
          return;
        }
        if (!robots.allowed(url, source)) {
          done(entry, PageOutcome.SKIPPED, "redirected to " + url + ", disallowed by robots.txt", 0, requests, 0, null);
          return;
        }
        PageState known = store.page(url.toString());
        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(url, known, recorders.forPage(source));
        requests += result.attempts();
        switch (result) {
          case FetchResult.Redirect redirect -> {
            listener.requested(source.name(), redirect.status(), System.nanoTime() - start);
            var target = UrlCanonicalizer.resolve(url, redirect.location());
            if (target.isEmpty()) {
              done(entry, PageOutcome.FAILED, "redirect to an unusable address: " + redirect.location(),
                  redirect.status(), requests, 0, null);
              return;
            }
            if (chain.contains(target.get())) {
              chain.add(target.get());
              done(entry, PageOutcome.FAILED, "redirect loop: " + String.join(" → ", chain.stream().map(URI::toString).toList()),
                  redirect.status(), requests, 0, null);
              return;
            }
            if (chain.size() > plan.settings().maxRedirects()) {
              done(entry, PageOutcome.FAILED, "more than " + plan.settings().maxRedirects() + " redirects",
                  redirect.status(), requests, 0, null);
              return;
            }
            chain.add(target.get());
            url = target.get();
          }
          case FetchResult.NotModified notModified -> {
            listener.requested(source.name(), 304, System.nanoTime() - start);
            // links the page had are still its links: follow them as if it had been read (only a page
            // that widened the frontier kept them)
            if (widens(source, entry) && known.storedText() != null && !known.storedText().isEmpty()) {
              for (String link : known.storedText().split("\n")) {
                candidate(source, link.substring(2), entry.depth() + 1, true);
              }
            }
            done(entry, PageOutcome.UNCHANGED, "not modified (304)", 304, requests, 0, null);
            return;
          }
          case FetchResult.Failed failed -> {
            listener.requested(source.name(), failed.status(), System.nanoTime() - start);
            done(entry, PageOutcome.FAILED, failed.reason(), failed.status(), requests, 0, null);
            return;
          }
          case FetchResult.Body body -> {
            listener.requested(source.name(), body.status(), System.nanoTime() - start);
            body(entry, source, url, known, body, requests);
            return;
          }
        }
      }
    }

    private void body(FrontierEntry entry, CrawlSource source, URI url, PageState known, FetchResult.Body body,
        int requests) throws IOException, InterruptedException {
      String hash = java.util.HexFormat.of().formatHex(sha256(body.body()));
      boolean html = DocumentReaders.kindOf(body.mediaType()) == DocumentReaders.ResponseKind.HTML;
      List<String> links = new ArrayList<>();
      if (html && !source.follow().isEmpty() && widens(source, entry)) {
        for (String line : Listings.ofPage(url, body.body(), body.charset())) {
          var link = UrlCanonicalizer.canonicalize(line.substring(2));
          if (link.isPresent() && source.follows(link.get())) {
            links.add(line);
          }
        }
      }
      String etag = body.header("etag").orElse(null);
      String lastModified = body.header("last-modified").orElse(null);
      long bytes = body.body().length;
      if (hash.equals(known.contentHash())) {
        // the same bytes as a page read as an article before (only those keep a hash)
        String kept = follow(source, entry, links);
        done(entry, PageOutcome.UNCHANGED, "same content as fetched before", body.status(), requests, bytes,
            new PageState(url.toString(), etag, lastModified, hash, known.docId(), known.warc(), kept));
        return;
      }
      ReadOutcome read = DocumentReaders.readResponse(url.toString(), body.mediaType(), body.charset(), body.body(),
          source.lang());
      switch (read) {
        // without article text, a page's links are not followed: an endless chain of such pages ends here
        case ReadOutcome.Rejected rejected -> done(entry, PageOutcome.SKIPPED, "not indexed: " + rejected.reason(),
            body.status(), requests, bytes, new PageState(url.toString(), etag, lastModified, null, null,
                body.warc().toString(), ""));
        case ReadOutcome.Document document -> {
          String kept = follow(source, entry, links);
          Article article = document.article();
          if (!source.wants(article.title(), article.body())) {
            done(entry, PageOutcome.SKIPPED, "mentions none of the keywords " + source.keywords(), body.status(),
                requests, bytes, new PageState(url.toString(), etag, lastModified, null, null, body.warc().toString(), kept));
            return;
          }
          int status = body.status();
          URI fetched = url;
          int tries = requests;
          batch.write(article, body.warc(), (o, reason, docId) -> new Completion(run, entry.url().toString(),
              entry.source(), o, reason, status, tries, bytes,
              new PageState(fetched.toString(), etag, lastModified, hash, docId, body.warc().toString(), kept)));
        }
      }
    }

    /** Whether the links of a page are followed: not past the source's {@code maxHops}. */
    private boolean widens(CrawlSource source, FrontierEntry entry) {
      return entry.depth() < source.maxHops();
    }

    /** Queues the links of a page that widens the frontier; returns them as kept for a 304 next time. */
    private String follow(CrawlSource source, FrontierEntry entry, List<String> links)
        throws IOException, InterruptedException {
      for (String link : links) {
        candidate(source, link.substring(2), entry.depth() + 1, true);
      }
      return String.join("\n", links);
    }

    private void done(FrontierEntry entry, PageOutcome outcome, String reason, int status, int requests, long bytes,
        PageState page) throws IOException {
      store.complete(List.of(new Completion(run, entry.url().toString(), entry.source(), outcome, reason, status,
          requests, bytes, page)));
      listener.pageDone(entry.source(), outcome, bytes);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
