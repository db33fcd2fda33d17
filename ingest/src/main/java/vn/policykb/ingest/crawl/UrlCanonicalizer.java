package vn.policykb.ingest.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One spelling per page, so that the frontier and the index see one page once. crawler-commons'
 * {@link BasicURLNormalizer} does the general part: lower-case scheme and host (IDNs as punycode),
 * no default port, no fragment, no dot segments, one percent-encoding, sorted query parameters,
 * no tracking parameters of a known name ({@code fbclid}, {@code gclid}...), an empty path as
 * {@code /}. On top of it, what it cannot express: {@code utm_*} parameters (a name prefix, in any
 * case) and AMP variants of a page ({@code /amp} suffix or prefix, {@code .amp.html}).
 */
public final class UrlCanonicalizer {

  /** Parameters of a known name that only say where a visitor came from; {@code amp} asks for the AMP variant. */
  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
      "yclid", "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "ref_src", "zarsrc", "gidzl", "amp");

  private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder()
      .queryParamsToRemove(TRACKING)
      .build();

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
    // checked before normalizing: the normalizer would read a relative "a/b.html" as the host "a"
    if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getRawAuthority() == null) {
      return Optional.empty();
    }
    String normalized = NORMALIZER.filter(uri.toString());
    if (normalized == null) {
      return Optional.empty();
    }
    try {
      URI clean = new URI(normalized);
      if (clean.getHost() == null) {
        return Optional.empty();
      }
      StringBuilder out = new StringBuilder(clean.getScheme()).append("://").append(clean.getRawAuthority())
          .append(withoutAmp(clean.getRawPath()));
      String query = withoutUtm(clean.getRawQuery());
      if (query != null) {
        out.append('?').append(query);
      }
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

  /** The normalizer removes parameters by exact name only: {@code utm_source}, {@code UTM_Medium}... go here. */
  private static String withoutUtm(String rawQuery) {
    if (rawQuery == null) {
      return null;
    }
    String kept = Arrays.stream(rawQuery.split("&"))
        .filter(pair -> !pair.toLowerCase(Locale.ROOT).startsWith("utm_"))
        .collect(Collectors.joining("&"));
    return kept.isEmpty() ? null : kept;
  }
}
