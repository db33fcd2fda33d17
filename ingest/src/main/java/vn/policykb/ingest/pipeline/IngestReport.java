package vn.policykb.ingest.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.policykb.ingest.index.WriteOutcome;
import vn.policykb.ingest.index.WriteResult;

/** What one ingest run did: counts per outcome, and each input's status with its reason. */
public final class IngestReport {

  /** The status of one input: a written document, or one rejected. */
  public record Entry(String where, String id, String status, String reason) {}

  /** An input that did not become a document. */
  public record Rejection(String path, String reason) {}

  private final Map<WriteOutcome, Integer> counts = new EnumMap<>(WriteOutcome.class);
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<Entry> entries = new ArrayList<>();

  public synchronized void record(String where, String id, WriteResult result) {
    counts.merge(result.outcome(), 1, Integer::sum);
    String reason = switch (result.outcome()) {
      case DUPLICATE -> "same text as " + result.duplicateOf();
      case NEAR_DUPLICATE -> "near-duplicate of " + result.duplicateOf();
      default -> null;
    };
    entries.add(new Entry(where, id, status(result.outcome()), reason));
  }

  public synchronized void reject(String where, String reason) {
    rejections.add(new Rejection(where, reason));
    entries.add(new Entry(where, null, "rejected", reason));
  }

  public int added() {
    return count(WriteOutcome.ADDED);
  }

  public int updated() {
    return count(WriteOutcome.UPDATED);
  }

  public int unchanged() {
    return count(WriteOutcome.UNCHANGED);
  }

  public int duplicates() {
    return count(WriteOutcome.DUPLICATE);
  }

  public int nearDuplicates() {
    return count(WriteOutcome.NEAR_DUPLICATE);
  }

  /** An outcome as the report spells it: {@code added}, {@code near-duplicate}. */
  public static String status(WriteOutcome outcome) {
    return outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private synchronized int count(WriteOutcome outcome) {
    return counts.getOrDefault(outcome, 0);
  }

  public synchronized List<Rejection> rejections() {
    return List.copyOf(rejections);
  }

  /** Every input's status, in the order they were read. */
  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** One line: {@code added 5, updated 0, unchanged 0, duplicate 0, near-duplicate 0, rejected 1}. */
  public String summary() {
    return "added %d, updated %d, unchanged %d, duplicate %d, near-duplicate %d, rejected %d"
        .formatted(added(), updated(), unchanged(), duplicates(), nearDuplicates(), rejections().size());
  }
}
