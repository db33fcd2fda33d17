package vn.policykb.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.policykb.ingest.html.ArticleExtractor;
import vn.policykb.ingest.html.ExtractedArticle;

/**
 * HTML article extraction speed: every page of a folder ({@code KEY.html} or {@code KEY.html.gz},
 * as fetched) read from memory and extracted once per operation; the score is operations per
 * second, so pages per second is the score times the number of pages. Without a folder, the
 * bundled articles set in a news page of navigation, teasers and a footer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class HtmlExtractionBenchmark {

  /** A folder of pages; empty for the bundled corpus in a page template. */
  @Param("")
  public String pages;

  private List<String> html;

  @Setup(Level.Trial)
  public void load() throws IOException {
    html = pages == null || pages.isBlank() ? templated() : folder(Path.of(pages));
    System.out.printf("%n%d pages, %,d characters%n", html.size(), html.stream().mapToLong(String::length).sum());
  }

  @Benchmark
  public void extractAll(Blackhole sink) {
    for (String page : html) {
      ExtractedArticle article = ArticleExtractor.extract(page);
      sink.consume(article.body().length());
    }
  }

  private static List<String> folder(Path dir) throws IOException {
    List<String> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted().toList()) {
        try (InputStream in = f.toString().endsWith(".gz")
            ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
          pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    if (pages.isEmpty()) {
      throw new UncheckedIOException(new IOException("no .html or .html.gz pages in " + dir));
    }
    return pages;
  }

  static List<String> templated() {
    List<String> pages = new ArrayList<>();
    for (String[] article : BenchmarkTexts.articles("", Integer.MAX_VALUE)) {
      StringBuilder page = new StringBuilder("<!doctype html><html><head><meta charset=utf-8><title>Tin tức</title></head><body>")
          .append("<header><nav><ul>");
      for (String section : List.of("Thời sự", "Kinh tế", "Thế giới", "Khoa học", "Pháp luật", "Giáo dục")) {
        page.append("<li><a href=\"/").append(section.hashCode()).append("\">").append(section).append("</a></li>");
      }
      page.append("</ul></nav></header><main><article>");
      for (String paragraph : article[1].split("\n+")) {
        page.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
      }
      page.append("</article><aside><h3>Tin liên quan</h3><ul>");
      for (int i = 0; i < 8; i++) {
        page.append("<li><a href=\"/tin/").append(i).append("\">Tin liên quan số ").append(i).append("</a></li>");
      }
      page.append("</ul></aside></main><footer><p>© Báo điện tử. Giấy phép số 123/GP-BTTTT.</p></footer></body></html>");
      pages.add(page.toString());
    }
    return pages;
  }
}
