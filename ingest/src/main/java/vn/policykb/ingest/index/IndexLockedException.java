package vn.policykb.ingest.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (the web app, another ingest) holds the index open for writing. */
public class IndexLockedException extends IOException {

  public IndexLockedException(Path directory, Throwable cause) {
    super("the index at " + directory + " is open in another process (the web app or another ingest);"
        + " stop that process, or ingest through it, then run again", cause);
  }
}
