package vn.policykb.ingest.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web site on loopback for crawl tests: static pages answered with ETag and Last-Modified (and
 * 304 to a matching conditional GET), special handlers, and a log of every request with its
 * arrival time, its status and whether a body was sent.
 */
final class FixtureSite implements AutoCloseable {

  /** One request as the server saw it. */
  record Request(String path, long nanos, int status, boolean body) {}

  private record Page(String contentType, byte[] body, String etag) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
  private final Map<String, HttpHandler> prefixHandlers = new ConcurrentHashMap<>();
  private final List<Request> log = new CopyOnWriteArrayList<>();

  FixtureSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String url(String path) {
    return base() + path;
  }

  void page(String path, String contentType, byte[] body) {
    pages.put(path, new Page(contentType, body, "\"" + sha(body) + "\""));
  }

  void html(String path, String html) {
    page(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  void xml(String path, String contentType, String xml) {
    page(path, contentType, xml.getBytes(StandardCharsets.UTF_8));
  }

  void handler(String path, HttpHandler handler) {
    handlers.put(path, handler);
  }

  /** A handler for every path under {@code prefix} that has no handler of its own. */
  void handlerUnder(String prefix, HttpHandler handler) {
    prefixHandlers.put(prefix, handler);
  }

  List<Request> requests() {
    return new ArrayList<>(log);
  }

  List<String> paths() {
    return log.stream().map(Request::path).toList();
  }

  int bodiesSent() {
    return (int) log.stream().filter(Request::body).count();
  }

  void clearLog() {
    log.clear();
  }

  /** Answers a request with a static page, as a handler may do after its special answers. */
  void serveStatic(HttpExchange exchange, long arrival) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Page page = pages.get(path);
    if (page == null) {
      send(exchange, arrival, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      return;
    }
    exchange.getResponseHeaders().set("ETag", page.etag());
    exchange.getResponseHeaders().set("Last-Modified", "Mon, 01 Sep 2025 08:00:00 GMT");
    String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
    if (page.etag().equals(ifNoneMatch)) {
      exchange.sendResponseHeaders(304, -1);
      exchange.close();
      log.add(new Request(path, arrival, 304, false));
      return;
    }
    send(exchange, arrival, 200, page.contentType(), page.body());
  }

  void send(HttpExchange exchange, long arrival, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
    log.add(new Request(exchange.getRequestURI().getPath(), arrival, status, body.length > 0 && status == 200));
  }

  /** Answers 200 with a body already encoded, sent as it is with its Content-Encoding. */
  void sendEncoded(HttpExchange exchange, String contentType, String contentEncoding, byte[] encoded)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Encoding", contentEncoding);
    send(exchange, arrival(exchange), 200, contentType, encoded);
  }

  void record(HttpExchange exchange, long arrival, int status) {
    log.add(new Request(exchange.getRequestURI().getPath(), arrival, status, false));
  }

  private void handle(HttpExchange exchange) throws IOException {
    long arrival = System.nanoTime();
    try {
      String path = exchange.getRequestURI().getPath();
      HttpHandler special = handlers.get(path);
      for (var under : prefixHandlers.entrySet()) {
        if (special == null && path.startsWith(under.getKey())) {
          special = under.getValue();
        }
      }
      if (special != null) {
        exchange.setAttribute("arrival", arrival);
        special.handle(exchange);
      } else {
        serveStatic(exchange, arrival);
      }
    } catch (IOException e) {
      // the client went away (a body over its limit, a timeout): nothing more to send
    } finally {
      exchange.close();
    }
  }

  static long arrival(HttpExchange exchange) {
    return (Long) exchange.getAttribute("arrival");
  }

  private static String sha(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** A news article page: title, paragraphs, language. */
  static String article(String lang, String title, String body) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">")
        .append("<title>").append(escape(title)).append("</title>")
        .append("<meta property=\"og:type\" content=\"article\"></head><body>")
        .append("<nav><a href=\"/\">Trang chủ</a> <a href=\"/gioi-thieu.html\">Giới thiệu</a></nav>")
        .append("<article><h1>").append(escape(title)).append("</h1>");
    for (String paragraph : body.split("\\n\\s*\\n|\\n")) {
      if (!paragraph.isBlank()) {
        html.append("<p>").append(escape(paragraph.strip())).append("</p>");
      }
    }
    html.append("</article><footer>© Báo Thử Nghiệm</footer></body></html>");
    return html.toString();
  }

  static byte[] gzip(byte[] bytes) {
    var out = new java.io.ByteArrayOutputStream();
    try (var gzip = new java.util.zip.GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** {@code size} zero bytes, gzipped: a small body that decodes to a very large one. */
  static byte[] gzippedZeros(long size) {
    var out = new java.io.ByteArrayOutputStream();
    byte[] zeros = new byte[1 << 20];
    try (var gzip = new java.util.zip.GZIPOutputStream(out, 1 << 16)) {
      for (long written = 0; written < size; written += zeros.length) {
        gzip.write(zeros, 0, (int) Math.min(zeros.length, size - written));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
