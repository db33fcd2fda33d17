package vn.policykb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

  private static String canonical(String url) {
    return UrlCanonicalizer.canonicalize(url).map(URI::toString).orElse(null);
  }

  @Test
  void dropsTrackingParametersFragmentsAndDefaultPorts() {
    assertThat(canonical("HTTP://Example.VN:80/tin-tuc/a.html?utm_source=fb&id=3&fbclid=x#top"))
        .isEqualTo("http://example.vn/tin-tuc/a.html?id=3");
    assertThat(canonical("https://example.vn:443?gclid=1")).isEqualTo("https://example.vn/");
    // parameters are sorted by name, so that two orders of one query are one page; repeated names keep their order
    assertThat(canonical("http://127.0.0.1:8900/a?b=1&a=2")).isEqualTo("http://127.0.0.1:8900/a?a=2&b=1");
    assertThat(canonical("http://127.0.0.1:8900/a?x=2&x=1")).isEqualTo("http://127.0.0.1:8900/a?x=2&x=1");
  }

  @Test
  void utmParametersGoInAnyCaseAndAnEmptyQueryWithThem() {
    assertThat(canonical("http://a.vn/b.html?UTM_Source=x&p=2&utm_campaign=y")).isEqualTo("http://a.vn/b.html?p=2");
    assertThat(canonical("http://a.vn/b.html?utm_source=x&gclid=1")).isEqualTo("http://a.vn/b.html");
  }

  @Test
  void pathsAreNormalized() {
    assertThat(canonical("http://a.vn/tin-tuc/./x/../b.html")).isEqualTo("http://a.vn/tin-tuc/b.html");
    // unreserved characters unescaped, other escapes in upper case, non-ASCII characters escaped as UTF-8
    assertThat(canonical("http://a.vn/%7eban/%c3%a1")).isEqualTo("http://a.vn/~ban/%C3%A1");
    assertThat(canonical("http://a.vn/tin-tức")).isEqualTo("http://a.vn/tin-t%E1%BB%A9c");
    assertThat(canonical("http://Example.VN./x")).isEqualTo("http://example.vn/x");
  }

  @Test
  void internationalHostNamesAreSpelledInPunycode() {
    assertThat(canonical("http://báo.vn/a.html")).isEqualTo("http://xn--bo-mia.vn/a.html");
  }

  @Test
  void ampVariantsAreThePage() {
    assertThat(canonical("https://example.vn/amp/tin-tuc/a.html")).isEqualTo("https://example.vn/tin-tuc/a.html");
    assertThat(canonical("https://example.vn/tin-tuc/a/amp/")).isEqualTo("https://example.vn/tin-tuc/a");
    assertThat(canonical("https://example.vn/tin-tuc/a.amp.html")).isEqualTo("https://example.vn/tin-tuc/a.html");
    assertThat(canonical("https://example.vn/tin-tuc/a.html?amp")).isEqualTo("https://example.vn/tin-tuc/a.html");
  }

  @Test
  void otherSchemesAndGarbageAreNotPages() {
    assertThat(canonical("mailto:toa-soan@example.vn")).isNull();
    assertThat(canonical("javascript:void(0)")).isNull();
    assertThat(canonical("http://exa mple.vn/<>")).isNull();
    assertThat(canonical("tin-tuc/a.html")).isNull();
    assertThat(canonical("www.example.vn/a.html")).isNull();
  }

  @Test
  void resolvesRelativeLinks() {
    assertThat(UrlCanonicalizer.resolve(URI.create("http://a.vn/tin-tuc/x.html"), "../b.html?utm_medium=x"))
        .hasValue(URI.create("http://a.vn/b.html"));
  }
}
