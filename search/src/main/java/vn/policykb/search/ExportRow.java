package vn.policykb.search;

import java.util.List;

/** One article of an exported result list: what identifies and cites it, without its text. */
public record ExportRow(
    String id, String title, String lang, String date, String source, String url, List<String> resolutions,
    List<String> citations) {

  public ExportRow {
    resolutions = List.copyOf(resolutions);
    citations = List.copyOf(citations);
  }
}
