package vn.policykb.opensearch;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.search.ArticleSearch;
import vn.policykb.search.DocumentLookup;
import vn.policykb.search.DocumentReader;
import vn.policykb.search.DocumentSearcher;

/** The contract on the embedded index. */
class LuceneBackendTest extends BackendContract {

  @TempDir
  static Path dataDir;

  @Override
  DocumentIndex openIndex() throws Exception {
    return DocumentIndex.open(dataDir);
  }

  @Override
  ArticleSearch search(DocumentIndex index) {
    return new DocumentSearcher(index, TestCorpus.KB);
  }

  @Override
  DocumentLookup documents(DocumentIndex index) {
    return new DocumentReader(index);
  }
}
