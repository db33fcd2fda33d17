package vn.policykb.ingest.parse;

/** The input cannot become a document; the message says why, in words a user can act on. */
public class RejectedInputException extends Exception {

  public RejectedInputException(String reason) {
    super(reason);
  }
}
