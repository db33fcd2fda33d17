package vn.policykb.ingest.crawl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.policykb.ingest.crawl.body.ContentDecoding;

/** What one request gave: an answer from the server, or none (a timeout, a failed connection). */
sealed interface Exchange {

  /**
   * An answer, its body as received and cut to nothing when it was over the size limit
   * ({@code truncated}); {@code decoded} is that body with its Content-Encoding undone, once it is.
   */
  record Answer(int status, Map<String, List<String>> headers, byte[] body, boolean truncated,
      ContentDecoding.Decoded decoded) implements Exchange {

    Answer(int status, Map<String, List<String>> headers, byte[] body, boolean truncated) {
      this(status, headers, body, truncated, null);
    }

    /** This answer with its body decoded, held to {@code maxBytes} once decoded. */
    Answer decode(long maxBytes) {
      return truncated ? this : new Answer(status, headers, body, false,
          ContentDecoding.decode(headers("content-encoding"), body, maxBytes));
    }

    /** Whether the body, once decoded, went past the limit. */
    boolean overLimitDecoded() {
      return decoded instanceof ContentDecoding.Decoded.OverLimit;
    }

    List<String> headers(String name) {
      for (var entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue();
        }
      }
      return List.of();
    }

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
