package vn.policykb.web.admin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import vn.policykb.ingest.pipeline.IngestReport;
import vn.policykb.ingest.source.SourceFile;
import vn.policykb.web.index.IngestService;

/** Files sent through the admin page or {@code POST /api/admin/ingest}, ingested into the index. */
@Component
class Uploads {

  private final IngestService ingest;
  private final DataSize maxFileSize;
  private final DataSize maxRequestSize;

  Uploads(IngestService ingest, @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
      @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
    this.ingest = ingest;
    this.maxFileSize = maxFileSize;
    this.maxRequestSize = maxRequestSize;
  }

  /** Ingests the files that were chosen (a form sends an empty part when none was); null when none was. */
  IngestReport ingest(List<MultipartFile> parts) throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (MultipartFile part : parts == null ? List.<MultipartFile>of() : parts) {
      String name = fileName(part.getOriginalFilename());
      if (name.isEmpty()) {
        continue;
      }
      files.add(new SourceFile(name, part.getBytes()));
    }
    return files.isEmpty() ? null : ingest.ingest("upload", files);
  }

  /** The file's own name, without the folders some browsers send with it; its id derives from it. */
  static String fileName(String original) {
    if (original == null) {
      return "";
    }
    String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).strip();
    return name.equals(".") || name.equals("..") ? "" : name;
  }

  /** {@code 100MB}: the largest file one upload takes. */
  String maxFileSize() {
    return human(maxFileSize);
  }

  /** The most one upload takes in all. */
  String maxRequestSize() {
    return human(maxRequestSize);
  }

  private static String human(DataSize size) {
    long bytes = size.toBytes();
    if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
      return (bytes >> 30) + " GB";
    }
    if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MB";
    }
    if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
      return (bytes >> 10) + " KB";
    }
    return bytes + " B";
  }
}
