package vn.policykb.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Indexes one corpus into a retriever, runs sets of queries on it and scores the rankings. */
public final class Evaluation {

  /** The scores of one retriever on one set of queries. */
  public record Result(String querySet, String retriever, RankingMetrics metrics, double indexSeconds,
      double queryMillis, List<Miss> misses) {}

  /** A query whose first result is not relevant, with what came first instead. */
  public record Miss(EvalQuery query, List<String> ranked) {}

  private Evaluation() {}

  /**
   * @param querySets named sets of queries, all on {@code documents}
   * @param k the cut-off of every metric
   */
  public static List<Result> run(Retriever retriever, List<EvalDocument> documents,
      Map<String, List<EvalQuery>> querySets, int k) throws IOException {
    long start = System.nanoTime();
    retriever.index(documents);
    double indexSeconds = (System.nanoTime() - start) / 1e9;
    List<Result> results = new ArrayList<>();
    for (Map.Entry<String, List<EvalQuery>> set : querySets.entrySet()) {
      RankingMetrics metrics = new RankingMetrics(k);
      long queryStart = System.nanoTime();
      List<Miss> misses = new ArrayList<>();
      for (EvalQuery query : set.getValue()) {
        List<String> ranked = retriever.search(query.query(), k);
        metrics.add(ranked, query.relevant());
        if (ranked.isEmpty() || !query.relevant().contains(ranked.getFirst())) {
          misses.add(new Miss(query, ranked));
        }
      }
      double queryMillis = set.getValue().isEmpty()
          ? 0 : (System.nanoTime() - queryStart) / 1e6 / set.getValue().size();
      results.add(new Result(set.getKey(), retriever.name(), metrics, indexSeconds, queryMillis, misses));
    }
    return results;
  }

  public static Map<String, List<EvalQuery>> single(EvalSet set) {
    Map<String, List<EvalQuery>> sets = new LinkedHashMap<>();
    sets.put(set.name(), set.queries());
    return sets;
  }
}
