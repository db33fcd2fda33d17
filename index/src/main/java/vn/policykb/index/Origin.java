package vn.policykb.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.lucene.document.Document;

/**
 * Where a document came from, so that a reader can go back from a result to the row of their own
 * data set, the file on their disk or the page that was fetched. Fields that do not apply are null
 * (and left out of JSON).
 *
 * @param kind {@code file}, {@code jsonl}, {@code crawl} or {@code upload}
 * @param path the file's path relative to the folder given to ingest, or its name when a file was given
 * @param line for a line of a data set, its number from 1
 * @param datasetId for a line of a data set, the line's own {@code id}
 * @param url the page the document was fetched from, or the URL its data set gives
 * @param warc for a crawled page, the WARC record it was read from ({@code file@offset})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Origin(String kind, String path, Integer line, String datasetId, String url, String warc) {

  public static final String FILE = "file";
  public static final String JSONL = "jsonl";
  public static final String CRAWL = "crawl";
  public static final String UPLOAD = "upload";

  public static Origin file(String path) {
    return new Origin(FILE, path, null, null, null, null);
  }

  public static Origin jsonl(String path, int line, String datasetId, String url) {
    return new Origin(JSONL, path, line, datasetId, url, null);
  }

  public static Origin crawl(String url) {
    return new Origin(CRAWL, null, null, null, url, null);
  }

  /** The same input, sent through the upload form or endpoint. */
  public Origin uploaded() {
    return new Origin(UPLOAD, path, line, datasetId, url, warc);
  }

  /**
   * The origin stored with a document. A document indexed before origins were stored gets the
   * one its other fields tell: a WARC record means a crawl, a path a file.
   */
  public static Origin of(Document doc) {
    String path = doc.get(IndexSchema.PATH);
    String url = doc.get(IndexSchema.ORIGIN_URL) != null ? doc.get(IndexSchema.ORIGIN_URL) : doc.get(IndexSchema.URL);
    String warc = doc.get(IndexSchema.WARC_RECORD);
    String kind = doc.get(IndexSchema.ORIGIN_KIND);
    if (kind == null) {
      kind = warc != null || path == null ? CRAWL : FILE;
    }
    if (CRAWL.equals(kind)) {
      path = null;
    }
    String line = doc.get(IndexSchema.ORIGIN_LINE);
    return new Origin(kind, path, line == null ? null : Integer.valueOf(line), doc.get(IndexSchema.DATASET_ID), url,
        warc);
  }
}
