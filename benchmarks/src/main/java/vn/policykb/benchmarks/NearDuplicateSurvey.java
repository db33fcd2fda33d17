package vn.policykb.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.policykb.ingest.dedup.MinHash;
import vn.policykb.ingest.dedup.NearDuplicates;
import vn.policykb.ingest.dedup.Shingles;
import vn.policykb.ingest.dedup.TextSignature;

/**
 * Measures near-duplicate detection on a data set of real articles (JSON lines, optionally gzipped,
 * with {@code id}, {@code title}, {@code text}): how similar the pairs of distinct articles that
 * share shingles are, how similar an article and a syndicated copy of it (another lead paragraph
 * and sign-off, perhaps the last paragraph dropped and some words changed) are, and how many pairs the
 * detector groups, with samples to read.
 *
 * <pre>bin/java -cp benchmarks/target/benchmarks.jar vn.policykb.benchmarks.NearDuplicateSurvey FILE [SAMPLES]</pre>
 */
public final class NearDuplicateSurvey {

  private static final double[] EDGES = {0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01};
  private static final String[] LEADS = {
      "Hà Nội (TTXVN) – Theo phóng viên thường trú, thông tin dưới đây được cơ quan chức năng xác nhận vào chiều qua và đã được nhiều đơn vị liên quan phối hợp kiểm tra, làm rõ.",
      "(Chinhphu.vn) – Bài viết dưới đây được đăng lại với sự đồng ý của tòa soạn, nhằm giúp bạn đọc có thêm thông tin về sự việc đang được dư luận quan tâm trong những ngày gần đây."};
  private static final String[] SIGN_OFFS = {
      "Theo Báo Tin tức. Mời bạn đọc xem thêm các bài viết liên quan trên chuyên trang của chúng tôi.",
      "Nguồn: Cổng thông tin điện tử. Bài viết được biên tập lại, tiêu đề do tòa soạn đặt."};
  private static final String[] REPLACEMENTS = {"các", "này", "đã", "được", "cũng", "những", "rất", "vẫn"};

  private record Doc(String id, String title, String text, long[] shingles, TextSignature signature) {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int samples = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    List<Doc> docs = read(file);
    System.out.printf(Locale.ROOT, "%d articles with %d+ shingles (%d read)%n",
        docs.size(), NearDuplicates.MIN_SHINGLES, count);

    // pairs of distinct articles found by permissive banding (64 bands of 2 rows: a pair with
    // Jaccard 0.2 shares a band with probability 0.93, one with 0.3 with 0.998)
    Map<String, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      int[] v = docs.get(i).signature().values();
      for (int band = 0; band < 64; band++) {
        buckets.computeIfAbsent(band + ":" + v[2 * band] + ":" + v[2 * band + 1], k -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> pairs = new HashSet<>();
    for (List<Integer> bucket : buckets.values()) {
      if (bucket.size() > 200) {
        continue;
      }
      for (int a = 0; a < bucket.size(); a++) {
        for (int b = a + 1; b < bucket.size(); b++) {
          pairs.add(((long) bucket.get(a) << 32) | bucket.get(b));
        }
      }
    }
    int[] exactHistogram = new int[EDGES.length];
    int[] estimatedHistogram = new int[EDGES.length];
    int grouped = 0;
    int groupedByBands = 0;
    Map<Integer, List<long[]>> samplesByBucket = new HashMap<>();
    for (long pair : pairs) {
      Doc a = docs.get((int) (pair >>> 32));
      Doc b = docs.get((int) pair);
      double exact = jaccard(a.shingles(), b.shingles());
      double estimated = a.signature().similarity(b.signature());
      exactHistogram[bucketOf(exact)]++;
      estimatedHistogram[bucketOf(estimated)]++;
      samplesByBucket.computeIfAbsent(bucketOf(exact), k -> new ArrayList<>()).add(new long[] {pair});
      if (NearDuplicates.areCopies(a.signature(), b.signature())) {
        grouped++;
        if (!java.util.Collections.disjoint(a.signature().bandKeys(), b.signature().bandKeys())) {
          groupedByBands++;
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d candidate pairs of distinct articles%n", pairs.size());
    printHistogram("pairs by exact Jaccard", exactHistogram);
    printHistogram("pairs by estimated Jaccard", estimatedHistogram);
    System.out.printf(Locale.ROOT, "grouped at threshold %.2f: %d pairs (%d of them found by the index's %d bands)%n",
        NearDuplicates.THRESHOLD, grouped, groupedByBands, TextSignature.BANDS);

    Random random = new Random(42);
    for (var entry : new java.util.TreeMap<>(samplesByBucket).entrySet()) {
      List<long[]> list = entry.getValue();
      System.out.printf(Locale.ROOT, "%n== samples with exact Jaccard in [%s) ==%n", range(entry.getKey()));
      boolean all = entry.getKey() >= bucketOf(0.4) && entry.getKey() < bucketOf(0.9);
      for (int s = 0; s < (all ? list.size() : Math.min(samples, list.size())); s++) {
        long pair = all ? list.get(s)[0] : list.get(random.nextInt(list.size()))[0];
        Doc a = docs.get((int) (pair >>> 32));
        Doc b = docs.get((int) pair);
        System.out.printf(Locale.ROOT, "%.2f (est. %.2f) %s (%d shingles) | %s%n      %s (%d shingles) | %s%n",
            jaccard(a.shingles(), b.shingles()), a.signature().similarity(b.signature()),
            a.id(), a.shingles().length, a.title(), b.id(), b.shingles().length, b.title());
      }
    }

    // syndicated copies: the same text with other boilerplate, edited more or less
    for (Edit edit : Edit.values()) {
      int[] copyHistogram = new int[EDGES.length];
      int copies = 0;
      int copiesGrouped = 0;
      int copiesFound = 0;
      for (int i = 0; i < docs.size(); i += 10) {
        Doc doc = docs.get(i);
        String copy = syndicate(doc.text(), edit, random);
        TextSignature signature = NearDuplicates.signatureOf(copy).orElse(null);
        if (signature == null) {
          continue;
        }
        copies++;
        double s = doc.signature().similarity(signature);
        copyHistogram[bucketOf(s)]++;
        if (NearDuplicates.areCopies(doc.signature(), signature)) {
          copiesGrouped++;
          if (!java.util.Collections.disjoint(doc.signature().bandKeys(), signature.bandKeys())) {
            copiesFound++;
          }
        }
      }
      System.out.printf(Locale.ROOT, "%n%d syndicated copies, %s%n", copies, edit.description);
      printHistogram("copies by estimated Jaccard to their original", copyHistogram);
      System.out.printf(Locale.ROOT, "grouped at threshold %.2f: %d (%.1f%%); found by the bands and grouped: %d (%.1f%%)%n",
          NearDuplicates.THRESHOLD, copiesGrouped, 100.0 * copiesGrouped / copies, copiesFound,
          100.0 * copiesFound / copies);
    }
  }

  /** How another outlet's copy differs from the original. */
  enum Edit {
    BOILERPLATE("another lead paragraph and sign-off", false, 0),
    WORDS("another lead and sign-off, 1% of words changed", false, 0.01),
    CUT("another lead and sign-off, the last paragraph cut, 1% of words changed", true, 0.01),
    HEAVY("another lead and sign-off, the last paragraph cut, 3% of words changed", true, 0.03);

    final String description;
    final boolean cutLast;
    final double changed;

    Edit(String description, boolean cutLast, double changed) {
      this.description = description;
      this.cutLast = cutLast;
      this.changed = changed;
    }
  }

  private static int count;

  private static List<Doc> read(Path file) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    List<Doc> docs = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        count++;
        JsonNode node = json.readTree(line);
        String text = node.path("text").asString("");
        long[] shingles = Shingles.of(text);
        if (shingles.length < NearDuplicates.MIN_SHINGLES) {
          continue;
        }
        Arrays.sort(shingles);
        docs.add(new Doc(node.path("id").asString(""), node.path("title").asString(""), text, shingles,
            new TextSignature(MinHash.signature(shingles))));
      }
    }
    return docs;
  }

  /** Another outlet's copy: its own lead and sign-off, and the given edits. */
  static String syndicate(String text, Edit edit, Random random) {
    List<String> paragraphs = new ArrayList<>(Arrays.asList(text.strip().split("\\n+")));
    if (edit.cutLast && paragraphs.size() > 2) {
      paragraphs.removeLast();
    }
    StringBuilder copy = new StringBuilder(LEADS[random.nextInt(LEADS.length)]).append('\n');
    for (String paragraph : paragraphs) {
      String[] words = paragraph.split(" ");
      for (int w = 0; w < words.length; w++) {
        if (random.nextDouble() < edit.changed) {
          words[w] = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
        }
      }
      copy.append(String.join(" ", words)).append('\n');
    }
    return copy.append(SIGN_OFFS[random.nextInt(SIGN_OFFS.length)]).toString();
  }

  private static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  private static int bucketOf(double value) {
    for (int i = 0; i < EDGES.length; i++) {
      if (value < EDGES[i]) {
        return i;
      }
    }
    return EDGES.length - 1;
  }

  private static String range(int bucket) {
    return (bucket == 0 ? "0" : String.valueOf(EDGES[bucket - 1])) + ", " + (bucket == EDGES.length - 1 ? "1]" : EDGES[bucket]);
  }

  private static void printHistogram(String title, int[] histogram) {
    System.out.println(title + ":");
    for (int i = 0; i < histogram.length; i++) {
      System.out.printf(Locale.ROOT, "  [%s) %d%n", range(i), histogram[i]);
    }
  }
}
