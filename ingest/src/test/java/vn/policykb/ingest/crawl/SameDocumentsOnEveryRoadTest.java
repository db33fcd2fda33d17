package vn.policykb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.crawl.state.CrawlStore;
import vn.policykb.ingest.crawl.warc.WarcArchive;
import vn.policykb.ingest.crawl.warc.WarcReindexer;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.parse.PlainTextArticleParser;

/**
 * The bundled articles, published by a loopback site (the English and Vietnamese reports of one
 * meeting, another event of the same visit, the rest, and one article republished under a second
 * address), reach the index by three roads: a crawl, a file ingest of the same pages, and a reindex
 * of the crawl's WARC files into an empty data directory. Each road gives the same documents, the
 * same copies grouped and the same stories linked across languages.
 */
class SameDocumentsOnEveryRoadTest {

  @TempDir
  static Path work;

  static FixtureSite site;
  static Map<String, String> pages = new TreeMap<>();
  static Path crawled;

  @BeforeAll
  static void crawl() throws Exception {
    site = new FixtureSite();
    List<Path> seeds = NewsSite.seedFiles();
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Báo</title><link>" + site.base() + "/</link><description>Tin</description>");
    for (int i = 0; i < seeds.size(); i++) {
      var parsed = PlainTextArticleParser.parse(Files.readString(seeds.get(i), StandardCharsets.UTF_8));
      String html = FixtureSite.article(parsed.lang(), parsed.title(), parsed.body());
      pages.put("/tin-tuc/bai-" + i + ".html", html);
      if (i == 0) {
        // the same article republished at another address: one article, two copies
        pages.put("/tin-tuc/dang-lai-" + i + ".html", html);
      }
    }
    for (Map.Entry<String, String> page : pages.entrySet()) {
      site.html(page.getKey(), page.getValue());
      rss.append("<item><title>t</title><link>").append(site.url(page.getKey())).append("</link></item>");
    }
    site.xml("/rss.xml", "application/rss+xml", rss.append("</channel></rss>").toString());
    CrawlPlan plan = SourcesFile.parse("test", """
        sources:
          - name: bao
            feeds: ["%s/rss.xml"]
            delay: 1ms
            connections: 4
        """.formatted(site.base()));
    crawled = work.resolve("crawled");
    try (DocumentIndex index = DocumentIndex.open(crawled); CrawlStore store = CrawlStore.open(crawled)) {
      CrawlReport report = new Crawler(plan, TestCorpus.pipeline(index), store, crawled, null).run();
      assertThat(report.total().failed()).as("crawl report").isZero();
    }
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void aCrawlLinksAndGroupsTheStoriesAsAFileIngestOfTheSamePagesDoes() throws Exception {
    Path folder = Files.createDirectories(work.resolve("pages"));
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Files.writeString(folder.resolve(page.getKey().substring(page.getKey().lastIndexOf('/') + 1)), page.getValue());
    }
    Path ingested = work.resolve("ingested");
    try (DocumentIndex index = DocumentIndex.open(ingested)) {
      new Ingester(TestCorpus.pipeline(index), 2).ingestPaths(List.of(folder));
    }

    Map<String, IndexContents.Indexed> byCrawl = IndexContents.indexed(crawled);
    Map<String, IndexContents.Indexed> byFiles = IndexContents.indexed(ingested);
    assertThat(byCrawl).hasSize(pages.size());
    assertThat(titles(byCrawl)).isEqualTo(titles(byFiles));
    // the English and the Vietnamese report of the meeting, and nothing else
    assertThat(linkedTitles(byCrawl)).hasSize(1).isEqualTo(linkedTitles(byFiles));
    assertThat(groupedTitles(byCrawl)).isEqualTo(groupedTitles(byFiles))
        .anySatisfy(group -> assertThat(group).hasSize(2));
  }

  @Test
  void aReindexOfTheWarcFilesBuildsTheSameIndexAsTheCrawl() throws Exception {
    Path rebuilt = work.resolve("rebuilt");
    Path warc = Files.createDirectories(WarcArchive.directory(rebuilt));
    try (var files = Files.list(WarcArchive.directory(crawled))) {
      for (Path file : files.toList()) {
        Files.copy(file, warc.resolve(file.getFileName()));
      }
    }
    WarcReindexer.Result result;
    try (DocumentIndex index = DocumentIndex.open(rebuilt)) {
      result = WarcReindexer.reindex(rebuilt, TestCorpus.pipeline(index), 2);
    }
    assertThat(result.problems()).isEmpty();
    // the same report as a file ingest gives: each page's decision, in the order they were archived
    assertThat(result.report().entries()).hasSize(pages.size());
    assertThat(result.report().added()).isEqualTo(pages.size() - 1);
    assertThat(result.report().duplicates()).isEqualTo(1);

    Map<String, IndexContents.Indexed> byCrawl = IndexContents.indexed(crawled);
    assertThat(IndexContents.indexed(rebuilt)).isEqualTo(byCrawl);
    assertThat(byCrawl.values()).allSatisfy(doc -> assertThat(doc.warc()).isNotNull());
    assertThat(byCrawl.values()).filteredOn(doc -> doc.translation() != null).hasSize(2);
  }

  private static List<String> titles(Map<String, IndexContents.Indexed> docs) {
    return docs.values().stream().map(IndexContents.Indexed::title).sorted().toList();
  }

  private static Set<Set<String>> linkedTitles(Map<String, IndexContents.Indexed> docs) {
    Set<Set<String>> pairs = new HashSet<>();
    docs.forEach((id, doc) -> {
      if (doc.translation() != null) {
        pairs.add(Set.of(doc.title(), docs.get(doc.translation()).title()));
      }
    });
    return pairs;
  }

  /** Each group of copies as the sorted titles of its documents. */
  private static Set<List<String>> groupedTitles(Map<String, IndexContents.Indexed> docs) {
    return docs.values().stream()
        .collect(Collectors.groupingBy(IndexContents.Indexed::group, Collectors.mapping(IndexContents.Indexed::title, Collectors.toList())))
        .values().stream().map(group -> group.stream().sorted().toList())
        .collect(Collectors.toSet());
  }
}
