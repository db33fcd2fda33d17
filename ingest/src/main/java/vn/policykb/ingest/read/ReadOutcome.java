package vn.policykb.ingest.read;

import vn.policykb.ingest.document.Article;

/** What reading one input gave: a document, or the reason there is none. */
public sealed interface ReadOutcome {

  /** @param where the input, and for a line of a data set its line number */
  record Document(String where, Article article) implements ReadOutcome {}

  record Rejected(String where, String reason) implements ReadOutcome {}
}
