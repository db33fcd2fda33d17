package vn.policykb.ingest.crawl;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What one request gave: an answer from the server, or none (a timeout, a failed connection). */
sealed interface Exchange {

  /** An answer, its body cut to nothing when it was over the size limit ({@code truncated}). */
  record Answer(int status, Map<String, List<String>> headers, byte[] body, boolean truncated) implements Exchange {

    Optional<String> header(String name) {
      for (var entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
          return Optional.of(entry.getValue().getFirst());
        }
      }
      return Optional.empty();
    }
  }

  /** No answer, and why. */
  record Problem(String reason) implements Exchange {}
}
