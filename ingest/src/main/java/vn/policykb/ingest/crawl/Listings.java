package vn.policykb.ingest.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links a feed, sitemap or web page announces. Feeds (RSS 2.0, Atom 1.0), sitemaps, sitemap
 * indexes and Google News sitemaps are read by crawler-commons; pages by Jsoup. Links are kept as
 * text lines ({@code S url} for a sitemap, {@code P url} for a page), the form in which they are
 * remembered to answer a 304 next time.
 */
final class Listings {

  static final String SITEMAP = "S ";
  static final String PAGE = "P ";
  /** How a feed or sitemap that does not parse is reported. */
  static final String NOT_A_LISTING = "not a feed or sitemap: ";

  private Listings() {}

  /** A feed or sitemap: its page URLs, and a sitemap index's sitemaps. */
  static List<String> ofFeedOrSitemap(URI url, String mediaType, byte[] body) throws IOException {
    SiteMapParser parser = new SiteMapParser(false);
    AbstractSiteMap map;
    try {
      map = parser.parseSiteMap(mediaType.isEmpty() ? "text/xml" : mediaType, body, url.toURL());
    } catch (UnknownFormatException e) {
      throw new IOException(NOT_A_LISTING + e.getMessage());
    }
    // anything served as text/plain reads as a text sitemap: one with no URL in it is no sitemap
    if (map instanceof SiteMap text && text.getType() == AbstractSiteMap.SitemapType.TEXT
        && text.getSiteMapUrls().isEmpty() && !new String(body, StandardCharsets.UTF_8).isBlank()) {
      throw new IOException(NOT_A_LISTING + "text without a URL in it (" + (mediaType.isEmpty() ? "no media type" : mediaType) + ")");
    }
    List<String> lines = new ArrayList<>();
    if (map instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) {
        lines.add(SITEMAP + child.getUrl());
      }
    } else if (map instanceof SiteMap sitemap) {
      for (SiteMapURL entry : sitemap.getSiteMapUrls()) {
        lines.add(PAGE + entry.getUrl());
      }
    }
    return lines;
  }

  /** A web page's links, resolved against it (and its {@code <base>}), in page order. */
  static List<String> ofPage(URI url, byte[] body, String charset) {
    String html = new String(body, charset != null && java.nio.charset.Charset.isSupported(charset)
        ? java.nio.charset.Charset.forName(charset) : StandardCharsets.UTF_8);
    Document doc = Jsoup.parse(html, url.toString());
    Set<String> links = new LinkedHashSet<>();
    for (Element a : doc.select("a[href], area[href]")) {
      String href = a.absUrl("href");
      if (!href.isEmpty()) {
        links.add(PAGE + href);
      }
    }
    return new ArrayList<>(links);
  }
}
