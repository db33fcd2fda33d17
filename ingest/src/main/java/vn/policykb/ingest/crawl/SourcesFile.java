package vn.policykb.ingest.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import vn.policykb.analysis.TextNormalization;

/**
 * Reads a sources file (YAML). Every problem is collected and reported together, each with the
 * source it is in; a misspelt key is a problem rather than silently ignored, so that a typo in
 * {@code sitemaps} cannot quietly empty a crawl.
 */
public final class SourcesFile {

  private static final Set<String> SOURCE_KEYS = Set.of("name", "feeds", "sitemaps", "start", "follow", "hosts",
      "delay", "connections", "maxPages", "lang", "keywords");
  private static final Set<String> SETTINGS_KEYS = Set.of("userAgent", "timeout", "attempts", "backoff", "maxBytes",
      "maxRedirects", "batchSize");
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);
  static final int DEFAULT_MAX_PAGES = 1_000;

  private SourcesFile() {}

  public static CrawlPlan load(Path file) throws IOException, SourcesFileException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  public static CrawlPlan parse(String fileName, String yaml) throws SourcesFileException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Object root;
    try {
      root = new Yaml(new SafeConstructor(options)).load(yaml);
    } catch (YAMLException e) {
      throw new SourcesFileException(fileName, List.of("not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
    }
    List<String> problems = new ArrayList<>();
    if (!(root instanceof Map<?, ?> top)) {
      throw new SourcesFileException(fileName, List.of("expected a mapping with a 'sources' list"));
    }
    for (Object key : top.keySet()) {
      if (!"sources".equals(key) && !"settings".equals(key)) {
        problems.add("unknown key '" + key + "' (expected 'sources' and optionally 'settings')");
      }
    }
    CrawlSettings settings = settings(top.get("settings"), problems);
    List<CrawlSource> sources = new ArrayList<>();
    Object list = top.get("sources");
    if (!(list instanceof List<?> entries) || entries.isEmpty()) {
      problems.add("'sources' must be a non-empty list");
    } else {
      Set<String> names = new HashSet<>();
      int number = 0;
      for (Object entry : entries) {
        number++;
        CrawlSource source = source(entry, "source " + number, problems);
        if (source != null && !names.add(source.name())) {
          problems.add("source '" + source.name() + "': name used twice");
        }
        if (source != null) {
          sources.add(source);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new SourcesFileException(fileName, problems);
    }
    return new CrawlPlan(settings, sources);
  }

  private static CrawlSettings settings(Object node, List<String> problems) {
    CrawlSettings d = CrawlSettings.defaults();
    if (node == null) {
      return d;
    }
    if (!(node instanceof Map<?, ?> map)) {
      problems.add("'settings' must be a mapping");
      return d;
    }
    unknownKeys(map, SETTINGS_KEYS, "settings", problems);
    String where = "settings";
    return new CrawlSettings(
        map.containsKey("userAgent") ? string(map.get("userAgent"), where + ": userAgent", problems) : d.userAgent(),
        duration(map.get("timeout"), d.timeout(), where + ": timeout", problems),
        positive(map.get("attempts"), d.attempts(), where + ": attempts", problems),
        duration(map.get("backoff"), d.backoff(), where + ": backoff", problems),
        size(map.get("maxBytes"), d.maxBytes(), where + ": maxBytes", problems),
        nonNegative(map.get("maxRedirects"), d.maxRedirects(), where + ": maxRedirects", problems),
        positive(map.get("batchSize"), d.batchSize(), where + ": batchSize", problems));
  }

  private static CrawlSource source(Object node, String where, List<String> problems) {
    if (!(node instanceof Map<?, ?> map)) {
      problems.add(where + ": expected a mapping with 'name' and 'feeds', 'sitemaps' or 'start'");
      return null;
    }
    Object nameNode = map.get("name");
    String name = nameNode == null ? null : nameNode.toString();
    if (name == null || !NAME.matcher(name).matches()) {
      problems.add(where + ": 'name' is required: letters, digits, '.', '_' or '-'");
      name = null;
    } else {
      where = "source '" + name + "'";
    }
    unknownKeys(map, SOURCE_KEYS, where, problems);
    List<URI> feeds = urls(map.get("feeds"), where + ": feeds", problems);
    List<URI> sitemaps = urls(map.get("sitemaps"), where + ": sitemaps", problems);
    List<URI> start = urls(map.get("start"), where + ": start", problems);
    if (feeds.isEmpty() && sitemaps.isEmpty() && start.isEmpty()) {
      problems.add(where + ": give at least one of 'feeds', 'sitemaps', 'start'");
    }
    List<Pattern> follow = new ArrayList<>();
    for (String regex : strings(map.get("follow"), where + ": follow", problems)) {
      try {
        follow.add(Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        problems.add(where + ": follow: '" + regex + "' is not a regular expression: " + e.getDescription());
      }
    }
    Set<String> hosts = new LinkedHashSet<>(strings(map.get("hosts"), where + ": hosts", problems));
    Duration delay = duration(map.get("delay"), DEFAULT_DELAY, where + ": delay", problems);
    int connections = positive(map.get("connections"), 1, where + ": connections", problems);
    int maxPages = positive(map.get("maxPages"), DEFAULT_MAX_PAGES, where + ": maxPages", problems);
    String lang = map.get("lang") == null ? null : map.get("lang").toString().toLowerCase(Locale.ROOT);
    if (lang != null && !lang.equals("vi") && !lang.equals("en")) {
      problems.add(where + ": lang must be 'vi' or 'en', not '" + lang + "'");
    }
    List<String> keywords = strings(map.get("keywords"), where + ": keywords", problems).stream()
        .map(k -> TextNormalization.nfc(k).toLowerCase(Locale.ROOT)).filter(k -> !k.isBlank()).toList();
    if (name == null) {
      return null;
    }
    return new CrawlSource(name, feeds, sitemaps, start, follow, hosts, delay, connections, maxPages, lang, keywords);
  }

  private static void unknownKeys(Map<?, ?> map, Set<String> known, String where, List<String> problems) {
    for (Object key : map.keySet()) {
      if (!known.contains(String.valueOf(key))) {
        problems.add(where + ": unknown key '" + key + "' (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
      }
    }
  }

  private static List<String> strings(Object node, String where, List<String> problems) {
    if (node == null) {
      return List.of();
    }
    if (node instanceof List<?> list) {
      List<String> out = new ArrayList<>();
      for (Object item : list) {
        if (item == null || item instanceof Map || item instanceof List) {
          problems.add(where + ": expected a list of strings");
        } else {
          out.add(item.toString());
        }
      }
      return out;
    }
    if (node instanceof Map) {
      problems.add(where + ": expected a list of strings");
      return List.of();
    }
    return List.of(node.toString());
  }

  private static List<URI> urls(Object node, String where, List<String> problems) {
    List<URI> out = new ArrayList<>();
    for (String text : strings(node, where, problems)) {
      try {
        URI uri = new URI(text.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
          problems.add(where + ": '" + text + "' is not an http(s) URL");
        } else {
          out.add(uri);
        }
      } catch (java.net.URISyntaxException e) {
        problems.add(where + ": '" + text + "' is not a URL: " + e.getReason());
      }
    }
    return out;
  }

  private static String string(Object node, String where, List<String> problems) {
    if (node == null || node.toString().isBlank()) {
      problems.add(where + ": must not be empty");
      return CrawlSettings.DEFAULT_USER_AGENT;
    }
    return node.toString().strip();
  }

  /** {@code 200ms}, {@code 2s}, {@code 1.5s}, {@code 1m}; a bare number is milliseconds. */
  static Duration duration(Object node, Duration fallback, String where, List<String> problems) {
    if (node == null) {
      return fallback;
    }
    Matcher m = DURATION.matcher(node.toString().strip());
    if (!m.matches()) {
      problems.add(where + ": '" + node + "' is not a duration (write 200ms, 2s, 1m)");
      return fallback;
    }
    double value = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "ms" : m.group(2);
    double millis = switch (unit) {
      case "ms" -> value;
      case "s" -> value * 1_000;
      case "m", "min" -> value * 60_000;
      default -> value * 3_600_000;
    };
    return Duration.ofMillis(Math.round(millis));
  }

  private static long size(Object node, long fallback, String where, List<String> problems) {
    if (node == null) {
      return fallback;
    }
    Matcher m = SIZE.matcher(node.toString().strip());
    if (!m.matches()) {
      problems.add(where + ": '" + node + "' is not a size (write 500KB, 20MB)");
      return fallback;
    }
    long value = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
    return switch (unit) {
      case "KB" -> value * 1024;
      case "MB" -> value * 1024 * 1024;
      case "GB" -> value * 1024 * 1024 * 1024;
      default -> value;
    };
  }

  private static int positive(Object node, int fallback, String where, List<String> problems) {
    int value = nonNegative(node, fallback, where, problems);
    if (value == 0) {
      problems.add(where + ": must be at least 1");
      return fallback;
    }
    return value;
  }

  private static int nonNegative(Object node, int fallback, String where, List<String> problems) {
    if (node == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(node.toString().strip());
      if (value < 0) {
        problems.add(where + ": must not be negative");
        return fallback;
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add(where + ": '" + node + "' is not a whole number");
      return fallback;
    }
  }
}
