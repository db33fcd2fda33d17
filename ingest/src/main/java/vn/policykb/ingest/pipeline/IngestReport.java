package vn.policykb.ingest.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.policykb.ingest.index.WriteOutcome;
import vn.policykb.ingest.index.WriteResult;
import vn.policykb.ingest.policy.PolicyDocumentParser;

/**
 * What one ingest run did: counts per outcome, and each input's status with its reason. Every input
 * read is counted once: {@link #read()} is the sum of the other counts.
 */
public final class IngestReport {

  /**
   * Where every document cut at a size limit was cut: only the policy document parser cuts, and
   * the readers use its default limits.
   */
  static final int TRUNCATED_AT = PolicyDocumentParser.Limits.DEFAULT.maxChars();

  /** The status of one input: a written document, or one rejected or skipped. */
  public record Entry(String where, String id, String status, String reason) {}

  /** An input that did not become a document. */
  public record Rejection(String path, String reason) {}

  private final Map<WriteOutcome, Integer> counts = new EnumMap<>(WriteOutcome.class);
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<Rejection> skipped = new ArrayList<>();
  private final List<Entry> entries = new ArrayList<>();

  public synchronized void record(String where, String id, WriteResult result) {
    record(where, id, result, false);
  }

  /** @param truncated the document's text was cut at the size limit */
  public synchronized void record(String where, String id, WriteResult result, boolean truncated) {
    counts.merge(result.outcome(), 1, Integer::sum);
    String reason = switch (result.outcome()) {
      case DUPLICATE -> "same text as " + result.duplicateOf();
      case NEAR_DUPLICATE -> "near-duplicate of " + result.duplicateOf();
      default -> truncated ? "truncated at " + TRUNCATED_AT + " characters" : null;
    };
    entries.add(new Entry(where, id, status(result.outcome()), reason));
  }

  public synchronized void reject(String where, String reason) {
    rejections.add(new Rejection(where, reason));
    entries.add(new Entry(where, null, "rejected", reason));
  }

  /** An input passed over unread: an empty file, a broken symbolic link. */
  public synchronized void skip(String where, String reason) {
    skipped.add(new Rejection(where, reason));
    entries.add(new Entry(where, null, "skipped", reason));
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

  /** Documents in the index after the run as originals: added, updated or unchanged. */
  public int indexed() {
    return added() + updated() + unchanged();
  }

  /**
   * Every input the run was given (each line of a data set counts as one):
   * {@code indexed + duplicates + near-duplicates + rejected + skipped}, one entry each.
   */
  public synchronized int read() {
    return entries.size();
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

  /** The inputs passed over unread, with the reason each was. */
  public synchronized List<Rejection> skipped() {
    return List.copyOf(skipped);
  }

  /** Every input's status, in the order they were read. */
  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  /**
   * One line: {@code added 5, updated 0, unchanged 0, duplicate 0, near-duplicate 0, rejected 1,
   * skipped 0}.
   */
  public synchronized String summary() {
    return "added %d, updated %d, unchanged %d, duplicate %d, near-duplicate %d, rejected %d, skipped %d"
        .formatted(added(), updated(), unchanged(), duplicates(), nearDuplicates(), rejections.size(), skipped.size());
  }
}
