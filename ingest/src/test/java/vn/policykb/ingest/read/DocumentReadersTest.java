package vn.policykb.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.html.NewsPages;

class DocumentReadersTest {

  private static List<ReadOutcome> read(String name, byte[] bytes) throws IOException {
    List<ReadOutcome> outcomes = new ArrayList<>();
    DocumentReaders.read(name, new ByteArrayInputStream(bytes), outcomes::add);
    return outcomes;
  }

  private static Article onlyDocument(List<ReadOutcome> outcomes) {
    assertThat(outcomes).hasSize(1).first().isInstanceOf(ReadOutcome.Document.class);
    return ((ReadOutcome.Document) outcomes.getFirst()).article();
  }

  private static String onlyRejection(List<ReadOutcome> outcomes) {
    assertThat(outcomes).hasSize(1).first().isInstanceOf(ReadOutcome.Rejected.class);
    return ((ReadOutcome.Rejected) outcomes.getFirst()).reason();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void aNewsPageBecomesAnArticleIdentifiedByItsCanonicalUrl() throws IOException {
    Article a = onlyDocument(read("pages/lua.html", NewsPages.EXPRESS_STYLE.getBytes(StandardCharsets.UTF_8)));
    assertThat(a.title()).isEqualTo("Giá lúa tăng mạnh sau mưa lũ");
    assertThat(a.url()).isEqualTo("https://tinnhanh.example.vn/kinh-te/gia-lua-tang-manh-sau-mua-lu-4812345.html");
    assertThat(a.key()).isEqualTo(a.url());
    assertThat(a.path()).isEqualTo("pages/lua.html");
    assertThat(a.lang()).isEqualTo("vi");
    assertThat(a.body()).isNotBlank().doesNotContain("Xem thêm");
  }

  @Test
  void aGzippedPageReadsLikeThePlainOne() throws IOException {
    byte[] page = NewsPages.ENGLISH_STYLE.getBytes(StandardCharsets.UTF_8);
    Article plain = onlyDocument(read("a.html", page));
    Article zipped = onlyDocument(read("a.html.gz", gzip(page)));
    assertThat(zipped.body()).isEqualTo(plain.body());
    assertThat(zipped.lang()).isEqualTo("en");
  }

  @Test
  void aPageInALegacyCharsetIsDecodedByItsMetaTag() throws IOException {
    String html = "<html><head><meta charset=\"windows-1258\"><title>Hà Nội</title></head><body><article><h1>Hà Nội</h1>"
        + "<p>" + "Thành phố Hà Nội công bố kế hoạch phát triển kinh tế tư nhân trong năm tới. ".repeat(6) + "</p>"
        + "</article></body></html>";
    byte[] bytes = vn.policykb.analysis.encoding.LegacyEncoding.WINDOWS_1258.encode(html);
    Article a = onlyDocument(read("cp1258.html", bytes));
    assertThat(a.body()).contains("Thành phố Hà Nội công bố");
  }

  @Test
  void aListingPageHasNoArticle() throws IOException {
    assertThat(onlyRejection(read("list.html", NewsPages.LISTING.getBytes(StandardCharsets.UTF_8))))
        .startsWith("no article text in the page");
  }

  @Test
  void aPageOverTheSizeLimitIsRejectedWithoutReadingItAll() throws IOException {
    InputStream endless = new InputStream() {
      long served;

      @Override
      public int read() {
        return served++ < 200L * 1024 * 1024 ? 'a' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 'a');
        served += len;
        return len;
      }
    };
    List<ReadOutcome> outcomes = new ArrayList<>();
    DocumentReaders.read("huge.html", endless, outcomes::add);
    assertThat(onlyRejection(outcomes)).isEqualTo("larger than 32 MB, the limit for one document");
  }

  @Test
  void aGzipBombIsStoppedAtTheLimit() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        gz.write(zeros);
      }
    }
    assertThat(out.size()).isLessThan(200_000);
    assertThat(onlyRejection(read("bomb.txt.gz", out.toByteArray())))
        .isEqualTo("decompresses to more than 32 MB, the limit for one document");
  }

  @Test
  void brokenGzipIsRejected() throws IOException {
    assertThat(onlyRejection(read("x.txt.gz", "plain".getBytes(StandardCharsets.UTF_8)))).startsWith("not gzip data");
  }

  @Test
  void jsonlLinesBecomeArticlesAndBrokenLinesAreReportedWithTheirNumber() throws IOException {
    String jsonl = """
        {"id": "a1", "title": "Kinh tế tư nhân", "text": "Nghị quyết 68-NQ/TW về phát triển kinh tế tư nhân.", "date": "2025-05-04", "source": "VNA", "author": "Minh Anh", "summary": "Tóm tắt."}
        {broken
        {"id": "a2", "text": "Private sector firms welcomed Resolution 68. They asked for faster reforms.", "url": "https://news.example/a2"}

        {"id": "a3", "title": "no text"}
        ["not", "an", "object"]
        {"id": "a4", "text": "Ngày mới", "date": "tomorrow"}
        """;
    List<ReadOutcome> outcomes = read("data/set.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
    assertThat(outcomes).hasSize(6);
    Article a1 = ((ReadOutcome.Document) outcomes.get(0)).article();
    assertThat(a1.key()).isEqualTo("set.jsonl#a1");
    assertThat(a1.lang()).isEqualTo("vi");
    assertThat(a1.date()).hasToString("2025-05-04");
    assertThat(a1.author()).isEqualTo("Minh Anh");
    assertThat(a1.summary()).isEqualTo("Tóm tắt.");
    assertThat(outcomes.get(1)).isEqualTo(new ReadOutcome.Rejected("data/set.jsonl line 2",
        ((ReadOutcome.Rejected) outcomes.get(1)).reason()));
    assertThat(((ReadOutcome.Rejected) outcomes.get(1)).reason()).startsWith("not JSON");
    Article a2 = ((ReadOutcome.Document) outcomes.get(2)).article();
    assertThat(a2.key()).isEqualTo("https://news.example/a2");
    assertThat(a2.lang()).isEqualTo("en");
    assertThat(a2.title()).isEqualTo("Private sector firms welcomed Resolution 68.");
    assertThat(outcomes.get(3)).isEqualTo(new ReadOutcome.Rejected("data/set.jsonl line 5", "no \"text\""));
    assertThat(outcomes.get(4)).isEqualTo(new ReadOutcome.Rejected("data/set.jsonl line 6", "not a JSON object"));
    // a date that does not parse is dropped, not the article
    assertThat(((ReadOutcome.Document) outcomes.get(5)).article().date()).isNull();
  }

  @Test
  void aLineBeginningWithAnyCharacterIsRejectedWithItsNumberAndTheRestIsRead() throws IOException {
    String good = "{\"id\": \"g%d\", \"text\": \"Bài số %d về kinh tế số.\"}\n";
    StringBuilder jsonl = new StringBuilder("\uFEFF").append(good.formatted(1, 1));
    List<String> starts = List.of("\uD83D\uDE00", "\uFEFF", "\u2028", "\u0000");
    for (String start : starts) {
      jsonl.append(start).append(good.formatted(9, 9));
    }
    jsonl.append(good.formatted(2, 2));
    List<ReadOutcome> outcomes = read("set.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8));

    // the byte order mark of the file is no part of its first line
    assertThat(((ReadOutcome.Document) outcomes.getFirst()).article().key()).isEqualTo("set.jsonl#g1");
    assertThat(outcomes.subList(1, 5)).extracting(o -> ((ReadOutcome.Rejected) o).where() + ": " + ((ReadOutcome.Rejected) o).reason())
        .containsExactly(
            "set.jsonl line 2: not JSON: the line begins with U+1F600, not '{'",
            "set.jsonl line 3: not JSON: the line begins with U+FEFF, not '{'",
            "set.jsonl line 4: not JSON: the line begins with U+2028, not '{'",
            "set.jsonl line 5: not JSON: the line begins with U+0000, not '{'");
    assertThat(((ReadOutcome.Document) outcomes.get(5)).article().key()).isEqualTo("set.jsonl#g2");
    // every reason can be written out: no half of a surrogate pair
    for (ReadOutcome outcome : outcomes) {
      if (outcome instanceof ReadOutcome.Rejected rejected) {
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(rejected.reason())).isTrue();
      }
    }
  }

  @Test
  void aBrokenLineIsDescribedInCharactersAReportCanHold() throws IOException {
    String reason = onlyRejection(read("set.jsonl", "{\"id\": \uD83D\uDE00}\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(reason).startsWith("not JSON: ").contains("U+D83D");
    assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(reason)).isTrue();
  }

  @Test
  void aGzippedDataSetIsStreamed() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      lines.append("{\"id\":\"n").append(i).append("\",\"title\":\"Tin ").append(i)
          .append("\",\"text\":\"Nội dung bài báo số ").append(i).append(".\"}\n");
    }
    List<ReadOutcome> outcomes = read("news.jsonl.gz", gzip(lines.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(outcomes).hasSize(500).allMatch(o -> o instanceof ReadOutcome.Document);
  }

  @Test
  void invalidUtf8InADataSetIsReplacedNotFatal() throws IOException {
    byte[] line = "{\"id\":\"x\",\"text\":\"caf\u00E9 ok\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Article a = onlyDocument(read("bad.jsonl", line));
    assertThat(a.body()).isEqualTo("caf\uFFFD ok");
  }

  @Test
  void unknownTypesAreRejectedWithTheSupportedOnes() throws IOException {
    assertThat(onlyRejection(read("table.csv", "a,b".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo("unsupported file type; supported: " + InputFormat.SUPPORTED);
  }
}
