package vn.policykb.web.admin;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import vn.policykb.ingest.pipeline.IngestReport;
import vn.policykb.web.crawl.CrawlProperties;
import vn.policykb.web.crawl.CrawlService;
import vn.policykb.web.index.IngestService;

/**
 * {@code /admin}: the index and the crawl at a glance, a button to crawl now and a form to upload
 * files; behind the admin credentials. The forms answer with a redirect back to the page, whose
 * {@code crawl} or {@code upload} parameter says what came of them.
 */
@Controller
class AdminPageController {

  static final int RUNS_SHOWN = 10;
  private static final Set<String> CRAWL_OUTCOMES = Set.of("started", "running", "unconfigured");
  private static final Set<String> UPLOAD_OUTCOMES = Set.of("done", "none", "too-large");

  private final IngestService ingest;
  private final CrawlService crawls;
  private final CrawlProperties crawl;
  private final Uploads uploads;

  AdminPageController(IngestService ingest, CrawlService crawls, CrawlProperties crawl, Uploads uploads) {
    this.ingest = ingest;
    this.crawls = crawls;
    this.crawl = crawl;
    this.uploads = uploads;
  }

  @GetMapping("/admin")
  String admin(@RequestParam(name = "crawl", required = false) String crawlOutcome,
      @RequestParam(name = "upload", required = false) String uploadOutcome, Model model) throws IOException {
    model.addAttribute("documents", ingest.documentCount());
    model.addAttribute("last", ingest.last());
    model.addAttribute("running", crawls.running());
    model.addAttribute("crawl", crawl);
    model.addAttribute("runs", crawls.recent(RUNS_SHOWN));
    model.addAttribute("crawlOutcome", crawlOutcome != null && CRAWL_OUTCOMES.contains(crawlOutcome) ? crawlOutcome : null);
    model.addAttribute("uploadOutcome", uploadOutcome != null && UPLOAD_OUTCOMES.contains(uploadOutcome) ? uploadOutcome : null);
    // times in the zone of the schedule, to the second
    model.addAttribute("times", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT)
        .withZone(zone(crawl.zone())));
    model.addAttribute("maxFileSize", uploads.maxFileSize());
    model.addAttribute("maxRequestSize", uploads.maxRequestSize());
    return "admin";
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  @PostMapping("/admin/crawl")
  String crawl() {
    String outcome = switch (crawls.startInBackground()) {
      case STARTED -> "started";
      case ALREADY_RUNNING -> "running";
      case NOT_CONFIGURED -> "unconfigured";
    };
    return "redirect:/admin?crawl=" + outcome + "#crawl";
  }

  @PostMapping("/admin/ingest")
  String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files) throws IOException {
    IngestReport report = uploads.ingest(files);
    return "redirect:/admin?upload=" + (report == null ? "none" : "done") + "#upload";
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge() {
    return "redirect:/admin?upload=too-large#upload";
  }
}
