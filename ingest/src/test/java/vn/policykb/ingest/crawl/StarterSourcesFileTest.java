package vn.policykb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The starter sources file the README points to: it must load and crawl only what it says. */
class StarterSourcesFileTest {

  private static CrawlPlan plan;

  @BeforeAll
  static void load() throws Exception {
    // throws, with every problem listed, when the file is not valid
    plan = SourcesFile.load(Path.of("..", "config", "sources.vietnam.yaml"));
  }

  @Test
  void everySourceAnnouncesItsPagesInAFeedOrSitemap() {
    assertThat(plan.sources()).isNotEmpty().allSatisfy(source ->
        assertThat(Stream.concat(source.feeds().stream(), source.sitemaps().stream()))
            .as(source.name()).isNotEmpty());
  }

  @Test
  void bothLanguagesAreCrawled() {
    assertThat(plan.sources()).extracting(CrawlSource::lang).containsOnly("vi", "en").contains("vi", "en");
  }

  @Test
  void eachNamedOutletIsASource() {
    Set<String> hosts = plan.sources().stream().flatMap(s -> s.hosts().stream()).collect(Collectors.toSet());
    assertThat(hosts).contains(
        "baochinhphu.vn", "en.baochinhphu.vn",
        "www.vietnamplus.vn", "en.vietnamplus.vn",
        "nhandan.vn", "en.nhandan.vn",
        "vnexpress.net", "e.vnexpress.net",
        "tuoitre.vn", "tuoitrenews.vn",
        "vietnamnews.vn",
        "www.tapchicongsan.org.vn");
  }

  @Test
  void everySourceWaitsAtLeastTwoSecondsBetweenRequests() {
    assertThat(plan.sources()).allSatisfy(source ->
        assertThat(source.delay()).as(source.name()).isGreaterThanOrEqualTo(Duration.ofSeconds(2)));
  }

  @Test
  void everyFeedSitemapAndStartPageIsOnItsSourcesHosts() {
    assertThat(plan.sources()).allSatisfy(source ->
        assertThat(Stream.of(source.feeds(), source.sitemaps(), source.start()).flatMap(List::stream))
            .as(source.name()).allMatch(source::allows));
  }

  @Test
  void theFollowPatternsMatchEachSitesArticlesAndNotItsSectionPages() {
    // article URLs in the shape each site publishes them, and a section page of the same site
    Map<String, List<String>> articleAndSection = Map.ofEntries(
        Map.entry("baochinhphu", List.of(
            "https://baochinhphu.vn/trien-khai-nghi-quyet-57-nq-tw-102250120153012345.htm",
            "https://baochinhphu.vn/thoi-su.htm")),
        Map.entry("baochinhphu-en", List.of(
            "https://en.baochinhphu.vn/resolution-68-on-private-economic-development-111250517101523456.htm",
            "https://en.baochinhphu.vn/politics.htm")),
        Map.entry("vietnamplus", List.of(
            "https://www.vietnamplus.vn/nghi-quyet-66-nq-tw-post1034567.vnp",
            "https://www.vietnamplus.vn/chinhtri/")),
        Map.entry("vietnamplus-en", List.of(
            "https://en.vietnamplus.vn/resolution-59-on-international-integration-post312345.vnp",
            "https://en.vietnamplus.vn/politics/")),
        Map.entry("nhandan", List.of(
            "https://nhandan.vn/phat-trien-kinh-te-tu-nhan-post876543.html",
            "https://nhandan.vn/chinhtri/")),
        Map.entry("nhandan-en", List.of(
            "https://en.nhandan.vn/digital-transformation-breakthrough-post143210.html",
            "https://en.nhandan.vn/politics/")),
        Map.entry("vnexpress", List.of(
            "https://vnexpress.net/nghi-quyet-68-ve-kinh-te-tu-nhan-4891234.html",
            "https://vnexpress.net/thoi-su")),
        Map.entry("vnexpress-international", List.of(
            "https://e.vnexpress.net/news/business/economy/private-sector-resolution-4891234.html",
            "https://e.vnexpress.net/news/business")),
        Map.entry("tuoitre", List.of(
            "https://tuoitre.vn/nghi-quyet-57-nq-tw-20250120153012345.htm",
            "https://tuoitre.vn/thoi-su.htm")),
        Map.entry("tuoitrenews", List.of(
            "https://tuoitrenews.vn/news/politics/20250520/resolution-68-explained/87654.html",
            "https://tuoitrenews.vn/news/politics")),
        Map.entry("vietnamnews", List.of(
            "https://vietnamnews.vn/politics-laws/1712345/resolution-66-on-law-making.html",
            "https://vietnamnews.vn/politics-laws")),
        Map.entry("tapchicongsan", List.of(
            "https://www.tapchicongsan.org.vn/web/guest/kinh-te/-/2018/912345/phat-trien-kinh-te-tu-nhan.aspx",
            "https://www.tapchicongsan.org.vn/web/guest/kinh-te")));
    assertThat(plan.sources()).extracting(CrawlSource::name).containsExactlyInAnyOrderElementsOf(articleAndSection.keySet());
    assertThat(plan.sources()).allSatisfy(source -> {
      List<String> urls = articleAndSection.get(source.name());
      assertThat(source.follows(URI.create(urls.get(0)))).as(urls.get(0)).isTrue();
      assertThat(source.follows(URI.create(urls.get(1)))).as(urls.get(1)).isFalse();
      assertThat(source.allows(URI.create(urls.get(0)))).as(urls.get(0)).isTrue();
    });
  }

  @Test
  void onlyDocumentsAboutTheResolutionsAreWanted() {
    assertThat(plan.sources()).allSatisfy(source -> {
      assertThat(source.keywords()).as(source.name()).isNotEmpty();
      assertThat(source.wants("Giá vàng hôm nay", "Gold prices rose again this morning; giá vàng tăng."))
          .as(source.name()).isFalse();
    });
    CrawlSource vietnamese = source("vnexpress");
    assertThat(vietnamese.wants("Tin mới", "Bộ Chính trị ban hành Nghị quyết 68-NQ/TW")).isTrue();
    assertThat(vietnamese.wants("Đột phá", "Thực hiện NGHỊ QUYẾT SỐ 57 về khoa học, công nghệ")).isTrue();
    // the keywords are compared in NFC: a decomposed "tư nhân" in a page still matches
    assertThat(vietnamese.wants("Kinh te", "phát triển kinh tế tư nhân".replace("ư", "u\u031b"))).isTrue();
    CrawlSource english = source("vnexpress-international");
    assertThat(english.wants("Politburo", "Resolution No. 66 on law-making and enforcement")).isTrue();
    assertThat(english.wants("Economy", "The private sector is the economy's key driver")).isTrue();
  }

  private static CrawlSource source(String name) {
    return plan.sources().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
