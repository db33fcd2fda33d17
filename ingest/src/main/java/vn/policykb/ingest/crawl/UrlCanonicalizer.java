package vn.policykb.ingest.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One spelling per page, so that the frontier and the index see one page once: lower-case scheme
 * and host, no default port, no fragment, no tracking parameters ({@code utm_*}, {@code fbclid},
 * {@code gclid}...), no AMP variant ({@code /amp} suffix or prefix, {@code .amp.html},
 * {@code ?amp}), an empty path as {@code /}. The order of the remaining parameters is kept: some
 * sites give it meaning.
 */
public final class UrlCanonicalizer {

  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
      "yclid", "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "ref_src", "zarsrc", "gidzl", "amp");

  private UrlCanonicalizer() {}

  /** The canonical form of an absolute http(s) URL; empty for anything else (mailto:, javascript:...). */
  public static Optional<URI> canonicalize(String url) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      return canonicalize(new URI(url.strip().replace(" ", "%20")));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  public static Optional<URI> canonicalize(URI uri) {
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
      return Optional.empty();
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = uri.getPort();
    if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
      port = -1;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    path = withoutAmp(path);
    String query = withoutTracking(uri.getRawQuery());
    StringBuilder out = new StringBuilder(scheme).append("://").append(host);
    if (port != -1) {
      out.append(':').append(port);
    }
    out.append(path);
    if (query != null) {
      out.append('?').append(query);
    }
    try {
      return Optional.of(new URI(out.toString()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Resolves a link against the page it is on, then canonicalizes it. */
  public static Optional<URI> resolve(URI base, String href) {
    if (href == null || href.isBlank()) {
      return Optional.empty();
    }
    try {
      return canonicalize(base.resolve(new URI(href.strip().replace(" ", "%20"))));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String withoutAmp(String path) {
    String p = path;
    if (p.startsWith("/amp/")) {
      p = p.substring(4);
    }
    if (p.endsWith("/amp") || p.endsWith("/amp/")) {
      p = p.substring(0, p.lastIndexOf("/amp"));
      if (p.isEmpty()) {
        p = "/";
      }
    }
    if (p.endsWith(".amp.html") || p.endsWith(".amp.htm")) {
      p = p.replaceFirst("\\.amp\\.(html?)$", ".$1");
    } else if (p.endsWith(".amp")) {
      p = p.substring(0, p.length() - 4);
    }
    return p;
  }

  private static String withoutTracking(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String name = (pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair).toLowerCase(Locale.ROOT);
      if (name.startsWith("utm_") || TRACKING.contains(name)) {
        continue;
      }
      kept.add(pair);
    }
    return kept.isEmpty() ? null : String.join("&", kept);
  }
}
