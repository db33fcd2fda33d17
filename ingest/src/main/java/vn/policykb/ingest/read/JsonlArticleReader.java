package vn.policykb.ingest.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.index.Origin;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.document.DocumentIds;
import vn.policykb.ingest.parse.LanguageDetector;

/**
 * A data set of one article per line: {@code id}, {@code title}, {@code text}, and optionally
 * {@code summary}, {@code lang}, {@code date}, {@code url}, {@code source}, {@code author}. A broken
 * line is rejected with its number; the lines after it are still read.
 */
public final class JsonlArticleReader {

  /** A line longer than this is not an article: it is rejected unread. */
  static final int MAX_LINE_CHARS = 8 * 1024 * 1024;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final char BOM = '\uFEFF';

  private JsonlArticleReader() {}

  /**
   * @param relativePath the data set's path; with a line's {@code id} it identifies an article
   *     that has no URL
   */
  public static void read(String relativePath, InputStream in, Consumer<ReadOutcome> sink) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
      int number = 0;
      StringBuilder line = new StringBuilder();
      while (readLine(reader, line)) {
        number++;
        if (number == 1 && !line.isEmpty() && line.charAt(0) == BOM) {
          line.deleteCharAt(0);
        }
        String where = relativePath + " line " + number;
        if (line.length() > MAX_LINE_CHARS) {
          sink.accept(new ReadOutcome.Rejected(where, "line longer than " + MAX_LINE_CHARS + " characters"));
          continue;
        }
        if (line.toString().isBlank()) {
          continue;
        }
        sink.accept(withLine(parseLine(relativePath, where, line.toString()), relativePath, number));
      }
    }
  }

  /** A line's article, told its place in the data set. */
  private static ReadOutcome withLine(ReadOutcome outcome, String relativePath, int number) {
    if (outcome instanceof ReadOutcome.Document(String where, Article article)) {
      String datasetId = article.origin() == null ? null : article.origin().datasetId();
      return new ReadOutcome.Document(where, article.withOrigin(Origin.jsonl(relativePath, number, datasetId, article.url())));
    }
    return outcome;
  }

  /** Reads one line, keeping at most a little over the limit of a too-long one. */
  private static boolean readLine(BufferedReader reader, StringBuilder line) throws IOException {
    line.setLength(0);
    int c;
    boolean any = false;
    while ((c = reader.read()) >= 0) {
      any = true;
      if (c == '\n') {
        break;
      }
      if (line.length() <= MAX_LINE_CHARS) {
        line.append((char) c);
      }
    }
    if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
      line.setLength(line.length() - 1);
    }
    return any;
  }

  static ReadOutcome parseLine(String relativePath, String where, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      return new ReadOutcome.Rejected(where, "not JSON: " + notJson(line, e));
    }
    if (node == null || !node.isObject()) {
      return new ReadOutcome.Rejected(where, "not a JSON object");
    }
    String id = string(node, "id");
    String text = string(node, "text");
    if (id == null || id.isBlank()) {
      return new ReadOutcome.Rejected(where, "no \"id\"");
    }
    if (text == null || text.isBlank()) {
      return new ReadOutcome.Rejected(where, "no \"text\"");
    }
    text = TextNormalization.nfc(text);
    String title = string(node, "title");
    title = title == null || title.isBlank() ? firstSentence(text) : TextNormalization.nfc(title);
    String url = string(node, "url");
    String key = url != null && !url.isBlank() ? url : fileName(relativePath) + "#" + id;
    String lang = string(node, "lang");
    if (!"vi".equals(lang) && !"en".equals(lang)) {
      lang = LanguageDetector.detect(title + "\n" + text);
    }
    // a date that does not parse is left out: the article is still worth having
    LocalDate date = null;
    String dateText = string(node, "date");
    if (dateText != null && dateText.length() >= 10) {
      try {
        date = LocalDate.parse(dateText.substring(0, 10));
      } catch (DateTimeParseException e) {
        date = null;
      }
    }
    String summary = string(node, "summary");
    Article article = new Article(DocumentIds.fromKey(key), key, relativePath, url, title, text, lang, date, null,
        string(node, "source"), string(node, "author"),
        summary == null ? null : TextNormalization.nfc(summary), java.util.List.of())
        .withOrigin(new Origin(Origin.JSONL, relativePath, null, id, url, null));
    return new ReadOutcome.Document(where, article);
  }

  /**
   * Why a line is not JSON, in characters a report can be written in. Jackson names the character
   * it stopped at by its first UTF-16 unit, which for an emoji is half a surrogate pair: a string no
   * encoder takes.
   */
  private static String notJson(String line, JacksonException e) {
    int first = firstNonSpace(line);
    if (first < line.length() && line.charAt(first) != '{' && line.charAt(first) != '[') {
      return "the line begins with " + codePoint(line.codePointAt(first)) + ", not '{'";
    }
    String message = e.getOriginalMessage();
    StringBuilder safe = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); ) {
      int c = message.codePointAt(i);
      safe.append(Character.isSurrogate((char) c) || Character.isISOControl(c) ? codePoint(c) : Character.toString(c));
      i += Character.charCount(c);
    }
    return safe.toString();
  }

  /** JSON's own white space: space, tab, line feed, carriage return. */
  private static int firstNonSpace(String line) {
    int i = 0;
    while (i < line.length() && " \t\n\r".indexOf(line.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static String codePoint(int c) {
    return "U+%04X".formatted(c);
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || (value.isObject() || value.isArray()) ? null : value.asString();
  }

  private static String fileName(String relativePath) {
    return relativePath.substring(relativePath.lastIndexOf('/') + 1);
  }

  private static String firstSentence(String text) {
    String first = text.strip().lines().findFirst().orElse("");
    int stop = first.indexOf(". ");
    String sentence = stop > 0 ? first.substring(0, stop + 1) : first;
    return sentence.length() <= 200 ? sentence : sentence.substring(0, 200);
  }
}
