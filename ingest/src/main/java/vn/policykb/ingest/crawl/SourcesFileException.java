package vn.policykb.ingest.crawl;

import java.util.List;

/** A sources file that cannot be used, with every problem found in it. */
public final class SourcesFileException extends Exception {

  /** A problem and the line of the file it is on. */
  public record Problem(int line, String message) {

    @Override
    public String toString() {
      return "line " + line + ": " + message;
    }
  }

  private final List<Problem> located;

  public SourcesFileException(String file, List<Problem> problems) {
    super(file + ": " + String.join("; ", problems.stream().map(Problem::toString).toList()));
    this.located = List.copyOf(problems);
  }

  /** The problems, each with its line. */
  public List<Problem> located() {
    return located;
  }

  /** The problems without their lines. */
  public List<String> problems() {
    return located.stream().map(Problem::message).toList();
  }
}
