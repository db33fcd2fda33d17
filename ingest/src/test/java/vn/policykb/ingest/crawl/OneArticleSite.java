package vn.policykb.ingest.crawl;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A news site on loopback for the crawl command: an RSS feed naming one Vietnamese article
 * ({@code /tin-tuc/a.html}, about Resolution 57) and one page that is missing ({@code /tin-tuc/mat.html}, 404).
 */
public final class OneArticleSite implements AutoCloseable {

  public static final String TITLE = "Chính phủ số";

  private final HttpServer server;
  private final String base;

  private OneArticleSite(HttpServer server) {
    this.server = server;
    this.base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public static OneArticleSite start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 8);
    OneArticleSite site = new OneArticleSite(server);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String body = site.page(path);
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", path.endsWith(".xml") ? "application/rss+xml" : "text/html");
      exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    return site;
  }

  private String page(String path) {
    return switch (path) {
      case "/rss.xml" -> "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>" + base
          + "</link><description>d</description><item><link>" + base + "/tin-tuc/a.html</link></item>"
          + "<item><link>" + base + "/tin-tuc/mat.html</link></item></channel></rss>";
      case "/tin-tuc/a.html" -> "<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + TITLE + "</title></head><body>"
          + "<article><h1>" + TITLE + "</h1><p>Nghị quyết 57-NQ/TW đặt mục tiêu hoàn thành chính phủ số trong vài năm tới.</p>"
          + "<p>Các bộ, ngành phải kết nối dữ liệu và cung cấp dịch vụ công trực tuyến toàn trình cho người dân.</p>"
          + "</article></body></html>";
      default -> null;
    };
  }

  /** The site's address, {@code http://127.0.0.1:PORT}. */
  public String base() {
    return base;
  }

  /** A sources file in {@code dir} with this site's feed as the source {@code name}. */
  public Path sourcesFile(Path dir, String name) throws IOException {
    return Files.writeString(dir.resolve("sources.yaml"), """
        sources:
          - name: %s
            feeds: ["%s/rss.xml"]
            delay: 10ms
        """.formatted(name, base));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
