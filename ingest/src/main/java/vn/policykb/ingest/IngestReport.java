package vn.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.policykb.ingest.index.WriteOutcome;

/** What one ingest run did: counts per outcome, and each rejected input with its reason. */
public final class IngestReport {

  /** An input that did not become a document. */
  public record Rejection(String path, String reason) {}

  private int added;
  private int updated;
  private int unchanged;
  private final List<Rejection> rejections = new ArrayList<>();

  void record(WriteOutcome outcome) {
    switch (outcome) {
      case ADDED -> added++;
      case UPDATED -> updated++;
      case UNCHANGED -> unchanged++;
    }
  }

  void reject(String path, String reason) {
    rejections.add(new Rejection(path, reason));
  }

  public int added() {
    return added;
  }

  public int updated() {
    return updated;
  }

  public int unchanged() {
    return unchanged;
  }

  public List<Rejection> rejections() {
    return List.copyOf(rejections);
  }

  /** One line: {@code added 5, updated 0, unchanged 0, rejected 1}. */
  public String summary() {
    return "added %d, updated %d, unchanged %d, rejected %d"
        .formatted(added, updated, unchanged, rejections.size());
  }
}
