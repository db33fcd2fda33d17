package vn.policykb.ingest.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/** The politeness gate of each host ({@code host:port}); a host shared by sources gets the longest delay. */
final class HostGates {

  private final ConcurrentHashMap<String, HostGate> gates = new ConcurrentHashMap<>();

  /** Sets up the gates of a source's hosts; a host seen only later (a redirect) gets the default. */
  void configure(String authority, Duration delay, int connections) {
    gates.compute(authority, (k, gate) -> {
      if (gate == null) {
        return new HostGate(delay, connections);
      }
      gate.atLeast(delay);
      return gate;
    });
  }

  HostGate of(URI url) {
    return gates.computeIfAbsent(Urls.authority(url), k -> new HostGate(SourcesFile.DEFAULT_DELAY, 1));
  }
}
