package vn.policykb.ingest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.policykb.ingest.pipeline.IngestReport;

/** The JSON report of what the pipeline made of each input, whichever command ran it. */
final class ReportFile {

  private ReportFile() {}

  static void write(IngestReport report, Path file) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("added", report.added());
    json.put("updated", report.updated());
    json.put("unchanged", report.unchanged());
    json.put("duplicate", report.duplicates());
    json.put("nearDuplicate", report.nearDuplicates());
    json.put("rejected", report.rejections().size());
    json.put("skipped", report.skipped().size());
    json.put("documents", report.entries());
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
        .writeValueAsString(json));
  }
}
