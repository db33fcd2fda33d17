package vn.policykb.ingest.policy;

import java.util.List;

/** Small PDFs built in memory, for tests outside this package. */
public final class TestPdfs {

  private TestPdfs() {}

  public static byte[] englishPdf(String title, int year, int month, int day, List<String> lines) {
    return PolicyFiles.englishPdf(title, PolicyFiles.utcDate(year, month, day), lines);
  }
}
