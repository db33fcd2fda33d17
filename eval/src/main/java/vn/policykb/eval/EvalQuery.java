package vn.policykb.eval;

import java.util.Set;

/** One query of an evaluation set and the ids of the documents that answer it. */
public record EvalQuery(String qid, String query, Set<String> relevant) {

  public EvalQuery {
    relevant = Set.copyOf(relevant);
  }
}
