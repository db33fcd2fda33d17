package vn.policykb.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.policykb.index.IndexSchema;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.crawl.OneArticleSite;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.index.IndexStore;
import vn.policykb.ingest.index.LuceneIndexStore;
import vn.policykb.opensearch.OpenSearchSearch;
import vn.policykb.opensearch.OpenSearchSettings;
import vn.policykb.opensearch.OpenSearchStore;
import vn.policykb.opensearch.TestNode;
import vn.policykb.search.SearchHit;
import vn.policykb.search.SearchRequest;
import vn.policykb.search.SearchResults;

/**
 * The command line on OpenSearch: {@code --kb.backend=opensearch} on ingest, {@code reindex
 * --to-backend} both ways with every document as it was, and the one-line errors of a bad setting.
 */
class BackendCommandsTest {

  /** What a copy must keep of each document. */
  private static final List<String> KEPT = List.of(IndexSchema.ID, IndexSchema.GROUP, IndexSchema.DUPLICATE_OF,
      IndexSchema.NEAR_DUPLICATE_OF, IndexSchema.TRANSLATION, IndexSchema.CONTENT_HASH, IndexSchema.TITLE,
      IndexSchema.BODY, IndexSchema.DATE, IndexSchema.LANG, IndexSchema.SOURCE, IndexSchema.RESOLUTIONS,
      IndexSchema.QUOTES_JSON, IndexSchema.PEOPLE_JSON, IndexSchema.STORY_KEYS, IndexSchema.NEAR_SIGNATURE);

  @TempDir
  Path embedded;

  @TempDir
  Path back;

  private OpenSearchSettings settings;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = IngestCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @AfterEach
  void deleteIndex() throws IOException {
    if (settings != null) {
      TestNode.deleteIndex(settings);
    }
  }

  private String[] openSearch() {
    return new String[] {"--kb.backend=opensearch", "--kb.opensearch.urls=" + settings.urls().getFirst(),
        "--kb.opensearch.index=" + settings.index(), "--kb.opensearch.analysis=" + settings.analysis().name().toLowerCase()};
  }

  private static String[] join(String[] first, String... rest) {
    String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }

  @Test
  void ingestWritesToOpenSearchAndIsIdempotent() {
    settings = TestNode.settings("cli-ingest");
    String[] ingest = join(new String[] {"ingest", "--no-progress", "--data-dir", embedded.toString()}, openSearch());
    Run first = run(join(ingest, TestCorpus.ARTICLES.toString()));
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("added 5, updated 0, unchanged 0, duplicate 0, near-duplicate 0, rejected 0, skipped 0;"
        + " 5 documents in [" + settings.urls().getFirst() + "] index " + settings.index());
    Run second = run(join(ingest, TestCorpus.ARTICLES.toString()));
    assertThat(second.out()).startsWith("added 0, updated 0, unchanged 5,");
  }

  @Test
  void theCrawlWritesToOpenSearch() throws Exception {
    settings = TestNode.settings("cli-crawl");
    try (OneArticleSite site = OneArticleSite.start()) {
      Path sources = site.sourcesFile(embedded, "cli");
      String[] crawl = join(new String[] {"crawl", "--sources", sources.toString(), "--data-dir",
          embedded.resolve("data").toString()}, openSearch());
      Run first = run(crawl);
      assertThat(first.exitCode()).as(first.err()).isZero();
      assertThat(first.out()).contains("cli: discovered 2, fetched 2 (1 bodies), new 1,");
      try (OpenSearchStore store = OpenSearchStore.open(settings); DocumentIndex index = DocumentIndex.on(store)) {
        assertThat(index.count()).isEqualTo(1);
        SearchResults found = new OpenSearchSearch(store.connection(), store.index(), TestCorpus.KB)
            .search(new SearchRequest("chinh phu so", 1, 10));
        assertThat(found.hits()).extracting(SearchHit::title).containsExactly(OneArticleSite.TITLE);
        assertThat(found.hits().getFirst().resolutions()).containsExactly("57");
      }
      // the WARC archive and the crawl state stay in the data directory
      assertThat(embedded.resolve("data").resolve("crawl")).isDirectory();
    }
  }

  @Test
  void anEmbeddedDataDirMovesIntoOpenSearchAndBackUnchanged() throws Exception {
    settings = TestNode.settings("cli-copy");
    assertThat(run("ingest", "--no-progress", "--data-dir", embedded.toString(), TestCorpus.ARTICLES.toString()).exitCode())
        .isZero();
    try (DocumentIndex index = DocumentIndex.open(embedded)) {
      // a translation link, set in place as the story linker sets it
      index.setTranslation(TestCorpus.SEED_000.replace(".txt", ""), TestCorpus.SEED_001.replace(".txt", ""));
      index.commit();
    }
    Map<String, Map<String, List<String>>> original = read(LuceneIndexStore.open(embedded));
    assertThat(original).hasSize(5);
    assertThat(original.values()).anySatisfy(doc -> assertThat(doc.get(IndexSchema.TRANSLATION)).isNotEmpty());

    Run there = run(join(new String[] {"reindex", "--data-dir", embedded.toString(), "--to-backend", "opensearch"},
        join(java.util.Arrays.copyOfRange(openSearch(), 1, 4), "--kb.backend=lucene")));
    assertThat(there.exitCode()).as(there.err()).isZero();
    assertThat(there.out()).startsWith("copied 5 documents from " + embedded.resolve("index") + " to [")
        .contains("; 5 documents in [" + settings.urls().getFirst() + "] index " + settings.index());
    assertThat(read(OpenSearchStore.open(settings))).isEqualTo(original);

    Run home = run(join(new String[] {"reindex", "--data-dir", back.toString(), "--to-backend", "lucene"}, openSearch()));
    assertThat(home.exitCode()).as(home.err()).isZero();
    assertThat(home.out()).startsWith("copied 5 documents from [" + settings.urls().getFirst() + "] index "
        + settings.index() + " to " + back.resolve("index"));
    assertThat(read(LuceneIndexStore.open(back))).isEqualTo(original);

    // a document copied is a document written: ingesting it again changes nothing
    Run again = run("ingest", "--no-progress", "--data-dir", back.toString(), TestCorpus.ARTICLES.toString());
    assertThat(again.out()).startsWith("added 0, updated 0, unchanged 5,");
  }

  @Test
  void reindexNeedsOneSourceAndTheOtherBackend() {
    Run neither = run("reindex", "--data-dir", embedded.toString());
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("give one of --from-warc and --to-backend");
    Run same = run("reindex", "--data-dir", embedded.toString(), "--to-backend", "lucene");
    assertThat(same.exitCode()).isEqualTo(2);
    assertThat(same.err()).contains("--to-backend names the backend the index is already in (lucene)");
  }

  @Test
  void aBadBackendSettingIsOneLine() {
    Run unknown = run("ingest", "--no-progress", "--data-dir", embedded.toString(), "--kb.backend=solr",
        TestCorpus.ARTICLES.toString());
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).isEqualTo("error: kb.backend must be lucene or opensearch, was solr" + System.lineSeparator());
    Run noUrls = run("ingest", "--no-progress", "--data-dir", embedded.toString(), "--kb.backend=opensearch",
        TestCorpus.ARTICLES.toString());
    assertThat(noUrls.exitCode()).isEqualTo(1);
    assertThat(noUrls.err()).isEqualTo("error: kb.opensearch.urls is missing: give http://host:9200[,...]" + System.lineSeparator());
  }

  /** Each document's kept values, by id; the store closed after. */
  private static Map<String, Map<String, List<String>>> read(IndexStore store) throws IOException {
    Map<String, Map<String, List<String>>> docs = new TreeMap<>();
    try (store) {
      store.forEachDocument(doc -> {
        Map<String, List<String>> values = new TreeMap<>();
        for (String field : KEPT) {
          if (field.equals(IndexSchema.NEAR_SIGNATURE)) {
            BytesRef bytes = doc.getBinaryValue(field);
            values.put(field, bytes == null ? List.of()
                : List.of(Base64.getEncoder().encodeToString(BytesRef.deepCopyOf(bytes).bytes)));
          } else {
            values.put(field, List.of(doc.getValues(field)).stream().filter(v -> !v.isEmpty()).sorted().toList());
          }
        }
        docs.put(doc.get(IndexSchema.ID), values);
      });
    }
    return docs;
  }
}
