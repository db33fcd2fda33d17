package vn.policykb.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.policykb.ingest.index.DocumentIndex;

class CrawlCommandTest {

  @TempDir
  Path temp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = IngestCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void crawlsAndPrintsTheReport() throws Exception {
    HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 8);
    String base = "http://127.0.0.1:" + site.getAddress().getPort();
    site.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String body = switch (path) {
        case "/rss.xml" -> "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>" + base
            + "</link><description>d</description><item><link>" + base + "/tin-tuc/a.html</link></item>"
            + "<item><link>" + base + "/tin-tuc/mat.html</link></item></channel></rss>";
        case "/tin-tuc/a.html" -> "<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Chính phủ số</title></head><body>"
            + "<article><h1>Chính phủ số</h1><p>Nghị quyết 57-NQ/TW đặt mục tiêu hoàn thành chính phủ số trong vài năm tới.</p>"
            + "<p>Các bộ, ngành phải kết nối dữ liệu và cung cấp dịch vụ công trực tuyến toàn trình cho người dân.</p>"
            + "</article></body></html>";
        default -> null;
      };
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", path.endsWith(".xml") ? "application/rss+xml" : "text/html");
      exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    site.start();
    try {
      Path sources = temp.resolve("sources.yaml");
      Files.writeString(sources, """
          sources:
            - name: cli
              feeds: ["%s/rss.xml"]
              delay: 10ms
          """.formatted(base));
      Run run = run("crawl", "--sources", sources.toString(), "--data-dir", temp.resolve("data").toString());
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out()).contains("crawl run 1 completed")
          .contains("cli: discovered 2, fetched 2 (1 bodies), new 1, updated 0, unchanged 0, duplicates 0, skipped 0, failed 1")
          .contains("failed " + base + "/tin-tuc/mat.html: HTTP 404");
    } finally {
      site.stop(0);
    }
  }

  @Test
  void saysWhatToDoWhenTheWebAppHoldsTheIndex() throws Exception {
    Path data = temp.resolve("data");
    Path sources = temp.resolve("sources.yaml");
    Files.writeString(sources, "sources:\n  - name: x\n    feeds: [\"http://127.0.0.1:1/rss.xml\"]\n");
    try (DocumentIndex held = DocumentIndex.open(data)) {
      Run run = run("crawl", "--sources", sources.toString(), "--data-dir", data.toString());
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("held by another process, most likely the web app")
          .contains("stop it and run this command again").doesNotContain("Exception");
    }
  }

  @Test
  void anUnusableSourcesFileIsAUsageError() throws Exception {
    Path sources = temp.resolve("sources.yaml");
    Files.writeString(sources, "sources:\n  - name: x\n    feedz: [\"http://127.0.0.1:1/rss.xml\"]\n");
    Run run = run("crawl", "--sources", sources.toString(), "--data-dir", temp.resolve("data").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("source 'x': unknown key 'feedz'");
  }
}
