package vn.policykb.web.index;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import vn.policykb.ingest.index.IndexStores;
import vn.policykb.opensearch.OpenSearchSettings;
import vn.policykb.opensearch.OpenSearchStoreProvider;

/**
 * Checks {@code kb.backend} and its keys before any bean is made, so that a wrong value is one
 * message saying which key and why, not a missing bean or a stack trace.
 */
class BackendCheck implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String backend = IndexStores.backend(environment::getProperty);
    if (IndexStores.LUCENE.equals(backend)) {
      return;
    }
    if (!OpenSearchStoreProvider.BACKEND.equals(backend)) {
      throw new BackendConfigurationException(IndexStores.BACKEND + " must be " + IndexStores.LUCENE + " or "
          + OpenSearchStoreProvider.BACKEND + ", was " + backend, null);
    }
    try {
      OpenSearchSettings.from(environment::getProperty);
    } catch (IllegalArgumentException e) {
      throw new BackendConfigurationException(e.getMessage(), e);
    }
  }
}
