package vn.policykb.opensearch;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.index.DocumentIndex;

/** Story links on the embedded index. */
class LuceneStoryLinksTest extends StoryLinksContract {

  @TempDir
  Path dataDir;

  @Override
  DocumentIndex openIndex() throws Exception {
    return DocumentIndex.open(dataDir);
  }
}
