package vn.policykb.ingest.crawl;

import java.util.List;

/** A sources file that cannot be used, with every problem found in it. */
public final class SourcesFileException extends Exception {

  private final List<String> problems;

  public SourcesFileException(String file, List<String> problems) {
    super(file + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
