package vn.policykb.web.admin;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import vn.policykb.ingest.pipeline.IngestReport;

/** {@code POST /api/admin/ingest}: files to ingest (multipart, field {@code files}), answered with the report. */
@RestController
@RequestMapping("/api/admin/ingest")
class IngestApiController {

  private final Uploads uploads;

  IngestApiController(Uploads uploads) {
    this.uploads = uploads;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<?> ingest(@RequestParam(name = "files", required = false) List<MultipartFile> files) throws IOException {
    IngestReport report = uploads.ingest(files);
    if (report == null) {
      return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
          "no file: send the files as multipart/form-data in the field 'files'"));
    }
    return ResponseEntity.ok(json(report));
  }

  static Map<String, Object> json(IngestReport report) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("added", report.added());
    body.put("updated", report.updated());
    body.put("unchanged", report.unchanged());
    body.put("duplicates", report.duplicates());
    body.put("nearDuplicates", report.nearDuplicates());
    body.put("rejected", report.rejections().size());
    body.put("skipped", report.skipped().size());
    body.put("files", report.entries());
    return body;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
        "upload too large: at most %s a file and %s in all".formatted(uploads.maxFileSize(), uploads.maxRequestSize()));
    problem.setTitle("Upload too large");
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
  }
}
