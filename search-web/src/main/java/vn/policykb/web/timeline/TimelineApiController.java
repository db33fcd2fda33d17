package vn.policykb.web.timeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.policykb.search.SearchRequest;
import vn.policykb.search.Timelines;
import vn.policykb.search.TimelineResult;

/** {@code GET /api/timeline}: how many articles match each of a few queries, period by period. */
@RestController
class TimelineApiController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final Timelines timeline;

  TimelineApiController(Timelines timeline) {
    this.timeline = timeline;
  }

  /**
   * {@code q} once per query (one to five; blank counts every article), {@code interval}
   * {@code day}, {@code week} or {@code month} (default), the search's filters; {@code format=csv}
   * for a CSV file. Each series lists every period from the first of any series to the last, zeros
   * included, and its undated articles apart.
   */
  @GetMapping("/api/timeline")
  ResponseEntity<?> timeline(@ModelAttribute TimelineParameters parameters,
      @RequestParam(name = "format", required = false, defaultValue = "json") String format,
      HttpServletRequest request) throws IOException {
    boolean csv = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "json" -> false;
      case "csv" -> true;
      default -> throw new IllegalArgumentException("format must be json or csv, was \"" + format + "\"");
    };
    SearchRequest filters = parameters.filters();
    // read as sent: the binder makes a blank q (every article) no query at all
    String[] queries = request.getParameterValues("q");
    TimelineResult result = timeline.of(queries == null ? List.of() : List.of(queries), filters.filters(), parameters.parsedInterval(),
        filters.crossLanguage());
    if (!csv) {
      return ResponseEntity.ok(result);
    }
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"timeline.csv\"")
        .body(TimelineCsv.of(result));
  }
}
