package vn.policykb.kb;

/**
 * The evidence for a fact: {@link Status#VERIFIED} with the bundled article ({@code source}, a file
 * name in {@code corpus/articles/}) and the words of it that state the fact ({@code quote}), or
 * {@link Status#UNVERIFIED} (not stated by a bundled document). {@code note} is an optional remark.
 */
public record Citation(Status status, String source, String quote, String note) {

  /** Whether a bundled document states the fact. */
  public enum Status {
    VERIFIED,
    UNVERIFIED
  }

  public boolean verified() {
    return status == Status.VERIFIED;
  }
}
