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
            "source 'a': unknown key 'feed' (known: connections, delay, feeds, follow, hosts, keywords, lang, maxPages, name, sitemaps, start)",
            "source 'a': give at least one of 'feeds', 'sitemaps', 'start'",
            "source 'a': delay: 'soon' is not a duration (write 200ms, 2s, 1m)",
            "source 'a': start: 'ftp://x.vn/' is not an http(s) URL",
            "source 'a': give at least one of 'feeds', 'sitemaps', 'start'",
            "source 'a': follow: '(unclosed' is not a regular expression: Unclosed group",
            "source 'a': name used twice"));
  }
}
