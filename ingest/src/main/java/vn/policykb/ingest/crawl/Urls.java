package vn.policykb.ingest.crawl;

import java.net.URI;
import java.util.Locale;

/** Small URL helpers shared by the crawler's parts. */
public final class Urls {

  private Urls() {}

  /**
   * {@code host:port} of a URL, lower case, without a default port: politeness, connection limits
   * and robots.txt go by it, so that two ports of one machine count as two sites.
   */
  public static String authority(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return defaultPort ? host : host + ":" + port;
  }

  /** The robots.txt of a URL's site. */
  public static URI robotsOf(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    return URI.create(scheme + "://" + authority(uri) + "/robots.txt");
  }
}
