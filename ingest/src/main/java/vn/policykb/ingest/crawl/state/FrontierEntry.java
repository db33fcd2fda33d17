package vn.policykb.ingest.crawl.state;

import java.net.URI;

/** A candidate page queued in a run. */
public record FrontierEntry(long run, URI url, String source, int depth) {}
