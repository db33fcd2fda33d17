package vn.policykb.opensearch;

import vn.policykb.ingest.index.DocumentIndex;

/** Story links on an OpenSearch node ({@link TestNode}). */
class OpenSearchStoryLinksTest extends StoryLinksContract {

  private OpenSearchSettings settings;

  @Override
  DocumentIndex openIndex() throws Exception {
    settings = TestNode.settings("links");
    return DocumentIndex.on(OpenSearchStore.open(settings));
  }

  @Override
  void dispose() throws Exception {
    if (settings != null) {
      TestNode.deleteIndex(settings);
    }
  }
}
