package vn.policykb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SourcesFileTest {

  @Test
  void theMinimalFileRunsAsWritten() throws Exception {
    CrawlPlan plan = SourcesFile.parse("sources.yaml", """
        sources:
          - name: bao-thu-nghiem
            feeds: ["http://127.0.0.1:8900/rss.xml"]
            sitemaps: ["http://127.0.0.1:8900/sitemap.xml"]
            start: ["http://127.0.0.1:8900/"]
            follow: ["/tin-tuc/.*"]
            delay: 200ms
            lang: vi
        """);
    CrawlSource source = plan.sources().getFirst();
    assertThat(source.delay()).isEqualTo(Duration.ofMillis(200));
    assertThat(source.hosts()).containsExactly("127.0.0.1:8900");
    assertThat(source.allows(URI.create("http://127.0.0.1:8900/x"))).isTrue();
    assertThat(source.allows(URI.create("http://127.0.0.1:8901/x"))).isFalse();
    assertThat(source.follows(URI.create("http://127.0.0.1:8900/tin-tuc/a.html"))).isTrue();
    assertThat(source.follows(URI.create("http://127.0.0.1:8900/video/a.html"))).isFalse();
    assertThat(plan.settings()).isEqualTo(CrawlSettings.defaults());
  }

  @Test
  void theCommentedExampleInTheRepositoryLoads() throws Exception {
    CrawlPlan plan = SourcesFile.load(Path.of("..", "config", "sources.example.yaml"));
    assertThat(plan.sources()).hasSize(2);
    CrawlSource english = plan.sources().get(1);
    assertThat(english.keywords()).contains("57-nq/tw");
    assertThat(english.wants("Title", "The Resolution 57 of the Politburo")).isTrue();
    assertThat(english.wants("Title", "Nothing relevant")).isFalse();
    assertThat(plan.settings().maxBytes()).isEqualTo(20L * 1024 * 1024);
    assertThat(plan.settings().maxHops()).isEqualTo(2);
    assertThat(plan.sources().get(0).maxHops()).isEqualTo(2);
    assertThat(english.maxHops()).isEqualTo(1);
  }

  @Test
  void everyProblemIsReportedWithItsSource() {
    assertThatThrownBy(() -> SourcesFile.parse("bad.yaml", """
        sources:
          - name: a
            feed: ["http://x.vn/rss"]
            delay: soon
          - name: a
            start: ["ftp://x.vn/"]
            follow: ["(unclosed"]
        """))
        .isInstanceOf(SourcesFileException.class)
        .satisfies(e -> assertThat(((SourcesFileException) e).problems()).containsExactly(
            "source 'a': unknown key 'feed' (known: connections, delay, feeds, follow, hosts, keywords, lang, maxHops, maxPages, name, sitemaps, start)",
            "source 'a': give at least one of 'feeds', 'sitemaps', 'start'",
            "source 'a': delay: 'soon' is not a duration (write 200ms, 2s, 1m)",
            "source 'a': start: 'ftp://x.vn/' is not an http(s) URL",
            "source 'a': give at least one of 'feeds', 'sitemaps', 'start'",
            "source 'a': follow: '(unclosed' is not a regular expression: Unclosed group",
            "source 'a': name used twice"));
  }

  @Test
  void eachProblemIsOnTheLineOfItsKey() {
    assertThatThrownBy(() -> SourcesFile.parse("bad.yaml", """
        settings:
          timeot: 30s
          maxBytes: lots
        sources:
          - name: a
            feeds:
              - "http://x.vn/rss"
              - "gopher://x.vn/"
            connections: 0
            lang: fr
          - name: "b c"
            sitemaps: ["http://x.vn/sitemap.xml"]
            maxPages: many
          - just a string
        """))
        .isInstanceOf(SourcesFileException.class)
        .satisfies(e -> assertThat(((SourcesFileException) e).located()).containsExactly(
            new SourcesFileException.Problem(2,
                "settings: unknown key 'timeot' (known: attempts, backoff, batchSize, maxBytes, maxHops, maxRedirects, timeout, userAgent)"),
            new SourcesFileException.Problem(3, "settings: maxBytes: 'lots' is not a size (write 500KB, 20MB)"),
            new SourcesFileException.Problem(8, "source 'a': feeds: 'gopher://x.vn/' is not an http(s) URL"),
            new SourcesFileException.Problem(9, "source 'a': connections: 0 must be at least 1"),
            new SourcesFileException.Problem(10, "source 'a': lang: 'fr' must be 'vi' or 'en'"),
            new SourcesFileException.Problem(11, "source 2: name: 'b c' must be letters, digits, '.', '_' or '-'"),
            new SourcesFileException.Problem(13, "source 2: maxPages: 'many' is not a whole number"),
            new SourcesFileException.Problem(14,
                "source 3: expected a mapping with 'name' and 'feeds', 'sitemaps' or 'start'")))
        .hasMessageContaining("bad.yaml: line 2: settings: unknown key 'timeot'");
  }

  @Test
  void settingsTakeDurationsAndSizesAndAListMayBeOneValue() throws Exception {
    CrawlPlan plan = SourcesFile.parse("sources.yaml", """
        settings:
          timeout: 1.5s
          backoff: 250ms
          maxBytes: 512kb
          maxRedirects: 0
        sources:
          - name: one
            feeds: "https://x.vn/rss"
            delay: 1m
            lang: EN
            keywords: ["Nghị Quyết 57", " "]
        """);
    assertThat(plan.settings().timeout()).isEqualTo(Duration.ofMillis(1_500));
    assertThat(plan.settings().backoff()).isEqualTo(Duration.ofMillis(250));
    assertThat(plan.settings().maxBytes()).isEqualTo(512L * 1024);
    assertThat(plan.settings().maxRedirects()).isZero();
    assertThat(plan.settings().attempts()).isEqualTo(CrawlSettings.defaults().attempts());
    CrawlSource source = plan.sources().getFirst();
    assertThat(source.feeds()).containsExactly(URI.create("https://x.vn/rss"));
    assertThat(source.delay()).isEqualTo(Duration.ofMinutes(1));
    assertThat(source.lang()).isEqualTo("en");
    assertThat(source.keywords()).containsExactly("nghị quyết 57");
    assertThat(source.maxPages()).isEqualTo(1_000);
    assertThat(source.connections()).isEqualTo(1);
  }

  @Test
  void maxHopsComesFromTheSourceElseFromTheSettingsElseIsTwo() throws Exception {
    CrawlPlan plan = SourcesFile.parse("sources.yaml", """
        settings:
          maxHops: 3
        sources:
          - name: own
            feeds: "https://x.vn/rss"
            maxHops: 1
          - name: inherited
            feeds: "https://y.vn/rss"
        """);
    assertThat(plan.sources().get(0).maxHops()).isEqualTo(1);
    assertThat(plan.sources().get(1).maxHops()).isEqualTo(3);
    assertThat(SourcesFile.parse("s.yaml", "sources: [{name: a, feeds: 'https://x.vn/rss'}]")
        .sources().getFirst().maxHops()).isEqualTo(2);
  }

  @Test
  void maxHopsMustBeAPositiveWholeNumber() {
    assertThatThrownBy(() -> SourcesFile.parse("bad.yaml", """
        settings:
          maxHops: 0
        sources:
          - name: a
            feeds: ["http://x.vn/rss"]
            maxHops: deep
        """))
        .isInstanceOf(SourcesFileException.class)
        .satisfies(e -> assertThat(((SourcesFileException) e).located()).containsExactly(
            new SourcesFileException.Problem(2, "settings: maxHops: 0 must be at least 1"),
            new SourcesFileException.Problem(6, "source 'a': maxHops: 'deep' is not a whole number")));
  }

  @Test
  void aKeyWrittenTwiceOrBrokenYamlIsOneProblemWithItsLine() {
    assertThatThrownBy(() -> SourcesFile.parse("twice.yaml", """
        sources:
          - name: a
            feeds: ["http://x.vn/rss"]
            feeds: ["http://x.vn/other"]
        """))
        .isInstanceOf(SourcesFileException.class)
        .satisfies(e -> assertThat(((SourcesFileException) e).located()).singleElement()
            .satisfies(p -> assertThat(p.line()).isEqualTo(4))
            .satisfies(p -> assertThat(p.message()).startsWith("not valid YAML").contains("feeds")));
    assertThatThrownBy(() -> SourcesFile.parse("broken.yaml", "sources:\n  - name: a\n    feeds: [\"http://x.vn/rss\"\n"))
        .isInstanceOf(SourcesFileException.class)
        .satisfies(e -> assertThat(((SourcesFileException) e).problems()).singleElement().asString()
            .startsWith("not valid YAML"));
  }

  @Test
  void aFileWithoutSourcesSaysSo() {
    assertThatThrownBy(() -> SourcesFile.parse("empty.yaml", "sources: []\n"))
        .isInstanceOf(SourcesFileException.class)
        .satisfies(e -> assertThat(((SourcesFileException) e).located())
            .containsExactly(new SourcesFileException.Problem(1, "sources: must be a non-empty list")));
    assertThatThrownBy(() -> SourcesFile.parse("list.yaml", "- name: a\n"))
        .isInstanceOf(SourcesFileException.class)
        .satisfies(e -> assertThat(((SourcesFileException) e).problems())
            .containsExactly("expected a mapping with a 'sources' list"));
  }
}
