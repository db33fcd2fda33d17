package vn.policykb.ingest.index;

import java.io.IOException;
import java.util.function.Function;

/**
 * A backend other than the embedded index, found on the classpath through
 * {@code META-INF/services}: the ingest module cannot name a module built on it, so a backend
 * module offers its store this way.
 */
public interface IndexStoreProvider {

  /** The value of {@code kb.backend} that chooses this backend. */
  String backend();

  /**
   * Connects to the backend's index, creating it when it is missing.
   *
   * @param properties the configuration keys ({@code kb.opensearch.urls}...), null where not set
   * @throws IllegalArgumentException for settings that cannot be used, saying which and why
   */
  IndexStore open(Function<String, String> properties) throws IOException;
}
