package vn.policykb.web.index;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start refused for its backend configuration: the reason in one line, and the keys to look at. */
class BackendFailureAnalyzer extends AbstractFailureAnalyzer<BackendConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, BackendConfigurationException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Set kb.backend=lucene (the embedded index under kb.data-dir, the default), or kb.backend=opensearch"
            + " with kb.opensearch.urls naming nodes that answer.", cause);
  }
}
