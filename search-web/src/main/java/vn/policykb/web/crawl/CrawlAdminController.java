package vn.policykb.web.crawl;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.policykb.ingest.crawl.CrawlReport;

/** The crawl reports, newest first, and a way to start a crawl now; behind the admin credentials. */
@RestController
@RequestMapping("/api/admin/crawls")
class CrawlAdminController {

  private final CrawlService service;

  CrawlAdminController(CrawlService service) {
    this.service = service;
  }

  @GetMapping
  Map<String, Object> crawls(@RequestParam(defaultValue = "20") int limit) throws IOException {
    List<CrawlReport> reports = service.recent(Math.clamp(limit, 1, 200));
    return Map.of("running", service.running(), "scheduled", service.configured(), "runs", reports);
  }

  @PostMapping
  ResponseEntity<?> start() {
    return switch (service.startInBackground()) {
      case STARTED -> ResponseEntity.accepted().body(Map.of("started", true));
      case ALREADY_RUNNING -> ResponseEntity.status(HttpStatus.CONFLICT)
          .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "a crawl is running; wait for it to end"));
      case NOT_CONFIGURED -> ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(
          HttpStatus.CONFLICT, "no sources file: set kb.crawl.sources"));
    };
  }
}
