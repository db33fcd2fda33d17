package vn.policykb.ingest.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;

/** The index {@code kb.backend} names: the embedded one under a data directory (the default), or a provider's. */
public final class IndexStores {

  public static final String BACKEND = "kb.backend";
  public static final String LUCENE = "lucene";

  private IndexStores() {}

  /**
   * @param properties configuration keys, null where not set
   * @param dataDir the data directory of the embedded index
   * @throws IllegalArgumentException for a backend no module on the classpath provides
   */
  public static IndexStore open(Function<String, String> properties, Path dataDir) throws IOException {
    String backend = backend(properties);
    if (LUCENE.equals(backend)) {
      return LuceneIndexStore.open(dataDir);
    }
    return provider(backend).open(properties);
  }

  /** The backend the keys name, lower case; {@link #LUCENE} when none is named. */
  public static String backend(Function<String, String> properties) {
    String backend = properties.apply(BACKEND);
    return backend == null || backend.isBlank() ? LUCENE : backend.strip().toLowerCase(java.util.Locale.ROOT);
  }

  private static IndexStoreProvider provider(String backend) {
    List<String> known = new ArrayList<>(List.of(LUCENE));
    for (IndexStoreProvider provider : ServiceLoader.load(IndexStoreProvider.class)) {
      if (provider.backend().equals(backend)) {
        return provider;
      }
      known.add(provider.backend());
    }
    throw new IllegalArgumentException(BACKEND + " must be " + String.join(" or ", known) + ", was " + backend);
  }
}
