package vn.policykb.eval;

import java.util.List;

/** A corpus and the queries to run on it. */
public record EvalSet(String name, List<EvalDocument> documents, List<EvalQuery> queries) {

  public EvalSet {
    documents = List.copyOf(documents);
    queries = List.copyOf(queries);
  }
}
