package vn.policykb.eval;

import java.util.List;
import java.util.Set;

/**
 * Mean nDCG, MRR, recall and success at a cut-off over a set of queries, binary relevance.
 *
 * <p>nDCG uses the usual {@code 1 / log2(rank + 1)} gain, normalized by the ideal ranking of
 * {@code min(|relevant|, k)} documents, as in trec_eval and the ViRE paper.
 */
public final class RankingMetrics {

  private final int k;
  private double ndcg;
  private double reciprocalRank;
  private double recall;
  private int successAt1;
  private int queries;

  public RankingMetrics(int k) {
    this.k = k;
  }

  public void add(List<String> ranked, Set<String> relevant) {
    queries++;
    if (relevant.isEmpty()) {
      return;
    }
    double dcg = 0;
    int found = 0;
    int firstRank = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) {
        dcg += 1 / log2(i + 2);
        found++;
        if (firstRank == 0) {
          firstRank = i + 1;
        }
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(k, relevant.size()); i++) {
      ideal += 1 / log2(i + 2);
    }
    ndcg += dcg / ideal;
    reciprocalRank += firstRank == 0 ? 0 : 1.0 / firstRank;
    recall += (double) found / relevant.size();
    if (firstRank == 1) {
      successAt1++;
    }
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  public int k() {
    return k;
  }

  public int queries() {
    return queries;
  }

  public double ndcg() {
    return mean(ndcg);
  }

  public double mrr() {
    return mean(reciprocalRank);
  }

  public double recall() {
    return mean(recall);
  }

  /** Share of queries whose first result is relevant. */
  public double successAt1() {
    return mean(successAt1);
  }

  private double mean(double sum) {
    return queries == 0 ? 0 : sum / queries;
  }
}
