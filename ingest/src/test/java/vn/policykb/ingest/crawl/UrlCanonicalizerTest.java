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
    assertThat(canonical("http://127.0.0.1:8900/a?b=1&a=2")).isEqualTo("http://127.0.0.1:8900/a?b=1&a=2");
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
  }

  @Test
  void resolvesRelativeLinks() {
    assertThat(UrlCanonicalizer.resolve(URI.create("http://a.vn/tin-tuc/x.html"), "../b.html?utm_medium=x"))
        .hasValue(URI.create("http://a.vn/b.html"));
  }
}
