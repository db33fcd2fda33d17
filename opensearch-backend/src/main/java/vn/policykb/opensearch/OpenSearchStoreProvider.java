package vn.policykb.opensearch;

import java.io.IOException;
import java.util.function.Function;
import vn.policykb.ingest.index.IndexStore;
import vn.policykb.ingest.index.IndexStoreProvider;

/** {@code kb.backend=opensearch} for the ingest command line: the store of the {@code kb.opensearch.*} keys. */
public final class OpenSearchStoreProvider implements IndexStoreProvider {

  public static final String BACKEND = "opensearch";

  @Override
  public String backend() {
    return BACKEND;
  }

  @Override
  public IndexStore open(Function<String, String> properties) throws IOException {
    return OpenSearchStore.open(OpenSearchSettings.from(properties));
  }
}
