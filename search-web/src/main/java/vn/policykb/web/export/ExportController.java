package vn.policykb.web.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import vn.policykb.search.ArticleSearch;
import vn.policykb.search.SearchRequest;
import vn.policykb.web.search.SearchParameters;

/**
 * {@code GET /api/search/export?format=csv|json&…}: every article a search finds, up to
 * {@code kb.export.limit}, streamed as it is read, with the search's own parameters.
 */
@RestController
@EnableConfigurationProperties(ExportProperties.class)
class ExportController {

  private static final String[] COLUMNS = {"id", "title", "lang", "date", "source", "url", "resolutions", "citations"};
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final ArticleSearch searcher;
  private final ExportProperties properties;
  private final JsonMapper json = JsonMapper.builder().build();

  ExportController(ArticleSearch searcher, ExportProperties properties) {
    this.searcher = searcher;
    this.properties = properties;
  }

  @GetMapping("/api/search/export")
  ResponseEntity<StreamingResponseBody> export(
      @ModelAttribute SearchParameters parameters, @RequestParam(defaultValue = "csv") String format) {
    // read before streaming starts: a bad parameter is still a 400 with a message
    SearchRequest request = parameters.toRequest(1);
    boolean csv = switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "csv" -> true;
      case "json" -> false;
      default -> throw new IllegalArgumentException("format must be csv or json, was \"" + format + "\"");
    };
    StreamingResponseBody body = out -> {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      // each writer flushes and closes the stream when done
      if (csv) {
        writeCsv(request, writer);
      } else {
        writeJson(request, writer);
      }
    };
    return ResponseEntity.ok()
        .contentType(csv ? CSV : MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("search-results." + (csv ? "csv" : "json")).build().toString())
        .body(body);
  }

  private void writeCsv(SearchRequest request, Writer writer) throws IOException {
    // a BOM, so that spreadsheet programs read the Vietnamese as UTF-8
    writer.write('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
      searcher.export(request, properties.limit(), row -> {
        try {
          printer.printRecord(row.id(), row.title(), row.lang(), row.date(), row.source(), row.url(),
              String.join(";", row.resolutions()), String.join(";", row.citations()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private void writeJson(SearchRequest request, Writer writer) throws IOException {
    try (JsonGenerator generator = json.createGenerator(writer)) {
      generator.writeStartArray();
      searcher.export(request, properties.limit(), row -> json.writeValue(generator, row));
      generator.writeEndArray();
    }
  }

}
