package vn.policykb.opensearch;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.search.ArticleSearch;
import vn.policykb.search.DocumentLookup;
import vn.policykb.search.DocumentReader;
import vn.policykb.search.DocumentSearcher;
import vn.policykb.search.QuoteOrigins;
import vn.policykb.search.Suggester;
import vn.policykb.search.SuggestionSource;
import vn.policykb.search.ThemeFinder;
import vn.policykb.search.ThemeSource;
import vn.policykb.search.Timeline;
import vn.policykb.search.Timelines;
import vn.policykb.search.QuoteProvenance;
import vn.policykb.search.QuoteSearch;
import vn.policykb.search.QuoteSearcher;

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

  @Override
  QuoteSearch quotes(DocumentIndex index) {
    return new QuoteSearcher(index, TestCorpus.KB);
  }

  @Override
  QuoteOrigins origins(DocumentIndex index) {
    return new QuoteProvenance(index);
  }

  @Override
  Timelines timelines(DocumentIndex index) {
    return new Timeline(index, TestCorpus.KB);
  }

  @Override
  ThemeSource themes(DocumentIndex index) {
    return new ThemeFinder(index, TestCorpus.KB);
  }

  @Override
  SuggestionSource suggestions(DocumentIndex index) {
    return new Suggester(index, TestCorpus.KB);
  }
}
