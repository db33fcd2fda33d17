package vn.policykb.ingest.html;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's {@code <meta>} tags, by {@code property}, {@code name} or {@code itemprop}. */
final class MetaTags {

  private final Document document;

  MetaTags(Document document) {
    this.document = document;
  }

  /** The first non-empty content among the keys, tried in order. */
  String first(String... keys) {
    for (String key : keys) {
      String lower = key.toLowerCase(Locale.ROOT);
      for (Element meta : document.select("meta")) {
        for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
          if (meta.attr(attribute).toLowerCase(Locale.ROOT).equals(lower)) {
            String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("datetime");
            if (!content.isBlank()) {
              return content.strip();
            }
          }
        }
      }
    }
    return null;
  }

  /** Publication dates, most specific first. */
  String published() {
    return first("article:published_time", "og:published_time", "article:published", "published_time",
        "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
        "sailthru.date", "dc.date.issued", "dcterms.date", "dcterms.created", "dc.date", "date",
        "parsely-pub-date", "article.published", "cXenseParse:recs:publishtime");
  }
}
