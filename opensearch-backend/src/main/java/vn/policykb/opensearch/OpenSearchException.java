package vn.policykb.opensearch;

import java.io.IOException;

/** An OpenSearch request that failed: what was asked, the status, and the server's reason. */
public final class OpenSearchException extends IOException {

  private final int status;

  public OpenSearchException(String message, int status) {
    super(message);
    this.status = status;
  }

  public OpenSearchException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
  }

  /** The HTTP status; 0 when no answer came. */
  public int status() {
    return status;
  }

  /** Whether trying again may succeed: no answer, a node overloaded or going away. */
  public boolean transientFailure() {
    return status == 0 || status == 429 || status == 502 || status == 503 || status == 504;
  }
}
