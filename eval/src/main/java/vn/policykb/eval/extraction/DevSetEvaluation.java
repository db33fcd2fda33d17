package vn.policykb.eval.extraction;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores an extractor on the two kinds of development set, each split into its {@link DevHalf}s:
 * article texts compared as word 4-gram shingles ({@code ground-truth.json}, Zyte's benchmark), and
 * segments that must or must not be in the text ({@code evaldata.json}, trafilatura's). Prints the
 * figures of each half and of the whole, then the worst pages of each half.
 */
public final class DevSetEvaluation {

  /** An article of this many characters must not be extracted with less recall than... */
  public static final int LONG_ARTICLE_CHARS = 500;
  /** ...this. */
  public static final double LOST_RECALL = 0.5;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Function<String[], String> extractor;
  private final PrintWriter out;
  private final int worst;
  private final Path dump;

  /**
   * @param extractor from {html, url} (url may be null) to the extracted text
   * @param worst how many of the worst pages of each half to list
   * @param dump where to write each page's extracted text as {@code HALF-KEY.txt}; may be null
   */
  public DevSetEvaluation(Function<String[], String> extractor, PrintWriter out, int worst, Path dump) throws IOException {
    this.extractor = extractor;
    this.out = out;
    this.worst = worst;
    this.dump = dump;
    if (dump != null) {
      Files.createDirectories(dump);
    }
  }

  private void dump(DevHalf half, String key, String text) throws IOException {
    if (dump != null) {
      Files.writeString(dump.resolve(half.label() + "-" + key.replaceAll("[^\\w.-]", "_") + ".txt"), text);
    }
  }

  private record ShinglePage(String key, DevHalf half, ExtractionScore score, int trueChars) {
    boolean lost() {
      return trueChars >= LONG_ARTICLE_CHARS && score.recall() < LOST_RECALL;
    }
  }

  private record SegmentPage(String key, DevHalf half, SegmentScore score) {}

  /** A folder holding {@code html/} and {@code ground-truth.json}. */
  public void shingles(Path folder) throws IOException {
    Map<String, JsonNode> truth = objects(folder.resolve("ground-truth.json"));
    List<ShinglePage> results = new ArrayList<>();
    long start = System.nanoTime();
    for (Map.Entry<String, JsonNode> entry : truth.entrySet()) {
      String html = page(folder, entry.getKey());
      String trueBody = string(entry.getValue().get("articleBody"));
      String body = extractor.apply(new String[] {html, nullable(entry.getValue().get("url"))});
      dump(DevHalf.of(entry.getKey()), entry.getKey(), body);
      results.add(new ShinglePage(entry.getKey(), DevHalf.of(entry.getKey()), ExtractionScore.of(trueBody, body), trueBody.length()));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.println(String.format(Locale.ROOT, "== %s: word 4-gram shingles, means over pages (%.1f s, %.1f pages/s)",
        folder.getFileName(), seconds, results.size() / seconds));
    Map<String, List<ShinglePage>> parts = parts(results, ShinglePage::half);
    for (Map.Entry<String, List<ShinglePage>> part : parts.entrySet()) {
      ExtractionSummary s = ExtractionSummary.of(part.getValue().stream().map(ShinglePage::score).toList());
      out.println(String.format(Locale.ROOT, "%-6s pages %3d  precision %.4f  recall %.4f  F1 %.4f  accuracy %.4f  lost %d",
          part.getKey(), s.pages(), s.precision(), s.recall(), s.f1(), s.accuracy(),
          part.getValue().stream().filter(ShinglePage::lost).count()));
    }
    for (DevHalf half : DevHalf.values()) {
      results.stream().filter(p -> p.half() == half)
          .sorted(Comparator.comparingDouble((ShinglePage p) -> p.score().f1()).thenComparing(ShinglePage::key))
          .limit(worst)
          .forEach(p -> out.println(String.format(Locale.ROOT, "  %-5s %s  P %.3f  R %.3f  F1 %.3f  chars %d%s",
              half.label(), p.key(), p.score().precision(), p.score().recall(), p.score().f1(), p.trueChars(),
              p.lost() ? "  LOST" : "")));
    }
    out.flush();
  }

  /** A folder holding {@code html/} and {@code evaldata.json}. */
  public void segments(Path folder) throws IOException {
    Map<String, JsonNode> data = objects(folder.resolve("evaldata.json"));
    List<SegmentPage> results = new ArrayList<>();
    long start = System.nanoTime();
    for (Map.Entry<String, JsonNode> entry : data.entrySet()) {
      JsonNode item = entry.getValue();
      String file = string(item.get("file")).replaceAll("\\.html(\\.gz)?$", "");
      String html = page(folder, file);
      String body = extractor.apply(new String[] {html, entry.getKey().contains("://") ? entry.getKey() : null});
      dump(DevHalf.of(entry.getKey()), file, body);
      results.add(new SegmentPage(entry.getKey(), DevHalf.of(entry.getKey()),
          SegmentScore.of(strings(item.get("with")), strings(item.get("without")), body)));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.println(String.format(Locale.ROOT, "== %s: segments with/without, pooled over pages (%.1f s, %.1f pages/s)",
        folder.getFileName(), seconds, results.size() / seconds));
    for (Map.Entry<String, List<SegmentPage>> part : parts(results, SegmentPage::half).entrySet()) {
      SegmentSummary s = SegmentSummary.of(part.getValue().stream().map(SegmentPage::score).toList());
      out.println(String.format(Locale.ROOT,
          "%-6s pages %3d  precision %.4f  recall %.4f  F1 %.4f  accuracy %.4f  (found %d missed %d leaked %d)  lost %d",
          part.getKey(), s.pages(), s.precision(), s.recall(), s.f1(), s.accuracy(), s.found(), s.missed(), s.leaked(),
          part.getValue().stream().filter(p -> p.score().recall() < LOST_RECALL).count()));
    }
    for (DevHalf half : DevHalf.values()) {
      results.stream().filter(p -> p.half() == half)
          .sorted(Comparator.comparingInt((SegmentPage p) -> -p.score().errors())
              .thenComparingInt(p -> -p.score().missed()).thenComparing(SegmentPage::key))
          .limit(worst)
          .forEach(p -> out.println(String.format(Locale.ROOT, "  %-5s %s  missed %d/%d  leaked %d/%d",
              half.label(), p.key(), p.score().missed(), p.score().found() + p.score().missed(),
              p.score().leaked(), p.score().leaked() + p.score().avoided())));
    }
    out.flush();
  }

  private static <T> Map<String, List<T>> parts(List<T> results, Function<T, DevHalf> half) {
    Map<String, List<T>> parts = new java.util.LinkedHashMap<>();
    Map<DevHalf, List<T>> byHalf = new EnumMap<>(DevHalf.class);
    for (T r : results) {
      byHalf.computeIfAbsent(half.apply(r), h -> new ArrayList<>()).add(r);
    }
    for (DevHalf h : DevHalf.values()) {
      parts.put(h.label(), byHalf.getOrDefault(h, List.of()));
    }
    parts.put("all", results);
    return parts;
  }

  private static String page(Path folder, String key) throws IOException {
    Path file = PageFiles.find(folder.resolve("html"), key);
    if (file == null) {
      throw new IllegalArgumentException("no page for " + key + " in " + folder.resolve("html"));
    }
    return PageFiles.read(file);
  }

  private static Map<String, JsonNode> objects(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + " is not a JSON object of pages");
    }
    Map<String, JsonNode> byKey = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      byKey.put(entry.getKey(), entry.getValue());
    }
    return byKey;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode v : array) {
        if (v != null && !v.isNull()) {
          values.add(v.asString());
        }
      }
    }
    return values;
  }

  private static String string(JsonNode node) {
    return node == null || node.isNull() ? "" : node.asString();
  }

  private static String nullable(JsonNode node) {
    return node == null || node.isNull() ? null : node.asString();
  }
}
