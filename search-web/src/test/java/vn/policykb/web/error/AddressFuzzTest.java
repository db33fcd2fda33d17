package vn.policykb.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeded random addresses, sent byte for byte over a socket (an HTTP client would refuse many of
 * them), to every page and endpoint: each is answered within a second, never with a 5xx, never with
 * a stack trace or a class name, and by the API with a problem when refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AddressFuzzTest {

  private static final long SEED = 20261204L;
  private static final int REQUESTS = 3_000;
  private static final long ANSWER_WITHIN_MS = 1_000;

  private static final String[] QUERY_ENDPOINTS = {
      "/", "/quotes", "/admin", "/api/search", "/api/search/export", "/api/quotes", "/api/people",
      "/api/resolutions", "/api/suggest"};
  private static final String[] PATH_ENDPOINTS = {
      "/api/documents/", "/api/people/", "/api/resolutions/", "/documents/", "/people/", "/resolutions/",
      "/documents/%s/archived", "/resolutions/57/"};
  private static final String[] NAMES = {
      "q", "lang", "resolution", "source", "from", "to", "sort", "page", "size", "cross", "person", "ui",
      "speaker", "format", "limit", "lang.x", "q[0]", "class.module", ""};
  private static final String[] PIECES = {
      "%ED%A0%80", "%C3%28", "%", "%z", "%zz", "%0", "%00", "%2F", "%5C", "%25", "%FF", "%C0%AF", "%F4%90%80%80",
      "%E1%BB%87", "t%E1%BB%95ng", "+", "=", "&", ";", "..", "/", "\\", "[", "]", "{", "}", "|", "^", "`", "\"",
      "<", ">", "'", "*", "?", "#", "~", "57", "-1", "999999999999", "0", "newest", "json", "csv", "vi", "en",
      "lang:vi", "\"a\"", "(", ")", "AND", "OR", "NOT", "a:", ":", "\u00e9", "\u1ec7", "\u0000", " "};
  /** Values a reader may well type, escaped as a browser escapes them. */
  private static final String[] GENTLE = {
      "t%E1%BB%95ng+c%C3%B4ng+tr%C3%ACnh", "57", "vi", "en", "newest", "relevance", "2", "10", "2025-01",
      "%22innovation%22", "lang%3Avi", "json", "csv", "true", "false", "Korea", "ngh%E1%BB%8B+quy%E1%BA%BFt", ""};
  private static final Pattern LEAK = Pattern.compile(
      "Exception|\\bat (vn|org|java|jakarta)\\.|\\b(java|javax|jakarta|org|vn|tools|com)\\.[a-z0-9]+\\.[a-zA-Z0-9.]*[A-Z][A-Za-z0-9]+");

  @TempDir
  static Path dataDir;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("kb.data-dir", () -> dataDir.toString());
  }

  @LocalServerPort
  int port;

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void everyAddressIsAnsweredQuicklyWithoutAServerErrorOrALeak() throws Exception {
    // the first answer of each compiles its templates: not what a reader waits for after start-up
    for (String endpoint : QUERY_ENDPOINTS) {
      send(endpoint.getBytes(StandardCharsets.US_ASCII));
      send((endpoint + "?q=%zz").getBytes(StandardCharsets.US_ASCII));
    }
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    int refused = 0;
    for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
      byte[] target = target(random);
      long start = System.nanoTime();
      Answer answer = send(target);
      long millis = (System.nanoTime() - start) / 1_000_000;
      String shown = new String(target, StandardCharsets.ISO_8859_1);
      shown = shown.length() > 200 ? shown.substring(0, 200) + "…(" + shown.length() + ")" : shown;
      String problem = check(answer, shown.startsWith("/api/") || target.length > 8_000, millis);
      if (problem != null) {
        failures.add(problem + " for " + shown + " → " + answer.status + " " + answer.body.substring(0,
            Math.min(300, answer.body.length())));
      }
      if (answer.status >= 400) {
        refused++;
      }
    }
    assertThat(failures).isEmpty();
    // the generator does reach the refusals, and does not only make requests that are refused
    assertThat(refused).isBetween(REQUESTS / 5, REQUESTS * 4 / 5);
  }

  @Test
  void eachRefusalOfTheProbeIsAProblemOrAnErrorPage() throws Exception {
    String[] api = {
        "/api/search?q=%ED%A0%80", "/api/search/export?q=%C3%28", "/api/quotes?ui=%C3%28", "/api/people?q=%",
        "/api/resolutions?x=%zz", "/api/suggest?=.", "/api/documents/a%2Fb", "/api/people/a%5Cb",
        "/api/resolutions/5%007", "/api/documents/%C3%28", "/api/search?q=" + "a".repeat(9_000)};
    for (String address : api) {
      Answer answer = send(address.getBytes(StandardCharsets.ISO_8859_1));
      assertThat(answer.status).as(address).isEqualTo(400);
      assertThat(answer.contentType).as(address).startsWith("application/problem+json");
      assertThat(json.readTree(answer.body).get("status").asInt()).isEqualTo(400);
    }
    for (String address : new String[] {"/?q=%ED%A0%80", "/quotes?ui=%zz", "/documents/%C3%28", "/people/a%2Fb"}) {
      Answer answer = send(address.getBytes(StandardCharsets.ISO_8859_1));
      assertThat(answer.status).as(address).isEqualTo(400);
      assertThat(answer.contentType).as(address).startsWith("text/html");
      assertThat(answer.body).contains("The address cannot be read");
    }
  }

  @Test
  void aRefusalNamesTheParameterAndTheLimit() throws Exception {
    JsonNode utf8 = json.readTree(send("/api/quotes?speaker=%C3%28".getBytes(StandardCharsets.US_ASCII)).body);
    assertThat(utf8.get("parameter").asString()).isEqualTo("speaker");
    assertThat(utf8.get("type").asString()).isNotBlank();
    assertThat(utf8.get("title").asString()).isEqualTo("Bad Request");

    Answer tooLong = send(("/api/search?q=" + "a".repeat(QueryString.MAX_VALUE_LENGTH + 1)).getBytes(StandardCharsets.US_ASCII));
    assertThat(tooLong.status).isEqualTo(400);
    assertThat(json.readTree(tooLong.body).get("detail").asString()).contains("longer than 2000 characters");

    StringBuilder many = new StringBuilder("/api/search?q=a");
    for (int i = 0; i < 100; i++) {
      many.append("&p").append(i).append("=1");
    }
    Answer tooMany = send(many.toString().getBytes(StandardCharsets.US_ASCII));
    assertThat(tooMany.status).isEqualTo(400);
    assertThat(json.readTree(tooMany.body).get("detail").asString()).contains("more than 100 parameters");
  }

  @Test
  void theErrorPageSpeaksTheInterfaceLanguageAskedFor() throws Exception {
    Answer vi = send("/?ui=vi&q=%C3%28".getBytes(StandardCharsets.US_ASCII));
    assertThat(vi.status).isEqualTo(400);
    assertThat(vi.body).contains("lang=\"vi\"").contains("Không đọc được địa chỉ").contains("“q”");
  }

  @Test
  void anAddressNoPageHasIsTheNotFoundPageAndForTheApiAProblem() throws Exception {
    Answer page = send("/no-such-page?ui=vi".getBytes(StandardCharsets.US_ASCII));
    assertThat(page.status).isEqualTo(404);
    assertThat(page.contentType).startsWith("text/html");
    assertThat(page.body).contains("lang=\"vi\"");

    Answer api = send("/api/no-such-endpoint".getBytes(StandardCharsets.US_ASCII));
    assertThat(api.status).isEqualTo(404);
    assertThat(api.contentType).startsWith("application/problem+json");
    assertThat(json.readTree(api.body).get("status").asInt()).isEqualTo(404);
  }

  @Test
  void charactersBrowsersSendUnescapedAreTaken() throws Exception {
    assertThat(send("/api/search?q=a|b[0]{c}".getBytes(StandardCharsets.US_ASCII)).status).isEqualTo(200);
    assertThat(send("/api/quotes?lang.x=%60id%60".getBytes(StandardCharsets.US_ASCII)).status).isEqualTo(200);
  }

  /** A problem with the answer, or null. */
  private String check(Answer answer, boolean api, long millis) {
    if (millis > ANSWER_WITHIN_MS) {
      return "answered in " + millis + " ms";
    }
    if (answer.status < 200 || answer.status >= 500) {
      return "status " + answer.status;
    }
    if (LEAK.matcher(answer.body).find()) {
      return "a stack trace or class name";
    }
    if (api && answer.status >= 400) {
      if (!answer.contentType.startsWith("application/problem+json")) {
        return "not a problem: " + answer.contentType;
      }
      JsonNode problem = json.readTree(answer.body);
      if (problem.path("status").asInt() != answer.status || !problem.hasNonNull("title")
          || !problem.hasNonNull("type") || !problem.hasNonNull("detail")) {
        return "an incomplete problem";
      }
    }
    return null;
  }

  private static byte[] target(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(5) < 2) {
      return gentle(random);
    }
    int shape = random.nextInt(20);
    if (shape < 5) {
      String endpoint = PATH_ENDPOINTS[random.nextInt(PATH_ENDPOINTS.length)];
      String segment = junk(random, 1 + random.nextInt(6));
      write(out, endpoint.contains("%s") ? endpoint.formatted(segment) : endpoint + segment);
    } else {
      write(out, QUERY_ENDPOINTS[random.nextInt(QUERY_ENDPOINTS.length)]);
    }
    write(out, "?");
    int parameters = shape == 19 ? 90 + random.nextInt(30) : 1 + random.nextInt(5);
    for (int p = 0; p < parameters; p++) {
      if (p > 0) {
        write(out, "&");
      }
      write(out, random.nextInt(8) == 0 ? junk(random, 2) : NAMES[random.nextInt(NAMES.length)]);
      write(out, "=");
      write(out, shape == 18 ? "a".repeat(1_500 + random.nextInt(8_000)) : junk(random, random.nextInt(6)));
    }
    if (random.nextInt(10) == 0) {
      out.write(0x80 + random.nextInt(0x80)); // a raw byte no address may hold
    }
    return out.toByteArray();
  }

  /** An address a browser could send: known parameters, escaped values, all of them readable. */
  private static byte[] gentle(Random random) {
    StringBuilder address = new StringBuilder(QUERY_ENDPOINTS[random.nextInt(QUERY_ENDPOINTS.length)]).append('?');
    for (int p = random.nextInt(4); p >= 0; p--) {
      address.append(NAMES[random.nextInt(NAMES.length - 1)]).append('=')
          .append(GENTLE[random.nextInt(GENTLE.length)]).append('&');
    }
    return address.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String junk(Random random, int pieces) {
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      switch (random.nextInt(4)) {
        case 0 -> junk.append("%%%02X".formatted(random.nextInt(256)));
        case 1 -> junk.append((char) ('a' + random.nextInt(26)));
        default -> junk.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return junk.toString();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    // characters above U+00FF go out as UTF-8, the rest as the byte they are
    for (char c : text.toCharArray()) {
      if (c > 0xFF) {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      } else {
        out.write(c);
      }
    }
  }

  private record Answer(int status, String contentType, String body) {}

  private Answer send(byte[] target) throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes("GET ".getBytes(StandardCharsets.US_ASCII));
    request.writeBytes(target);
    request.writeBytes(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout((int) ANSWER_WITHIN_MS * 3);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request.toByteArray());
        out.flush();
      } catch (SocketException closed) {
        // the server answered a request line it refuses before reading the rest: read its answer
      }
      return parse(readAll(socket.getInputStream()));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try {
      in.transferTo(all);
    } catch (SocketException reset) {
      // the server may close a refused connection before reading all of it: what came is the answer
    }
    return all.toByteArray();
  }

  private static Answer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return new Answer(-1, "", text);
    }
    String[] head = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(head[0].split(" ")[1]);
    String contentType = "";
    boolean chunked = false;
    for (String header : head) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-type:")) {
        contentType = header.substring(13).strip();
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    return new Answer(status, contentType, new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < body.length) {
      int lineEnd = at;
      while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
        lineEnd++;
      }
      String size = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip();
      int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
      if (length == 0) {
        break;
      }
      out.write(body, lineEnd + 2, Math.min(length, body.length - lineEnd - 2));
      at = lineEnd + 2 + length + 2;
    }
    return out.toByteArray();
  }
}
