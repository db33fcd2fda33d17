package vn.policykb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

  @Test
  void relevantFirstScoresOne() {
    RankingMetrics m = new RankingMetrics(10);
    m.add(List.of("a", "b", "c"), Set.of("a"));
    assertThat(m.ndcg()).isEqualTo(1.0);
    assertThat(m.mrr()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(1.0);
    assertThat(m.successAt1()).isEqualTo(1.0);
  }

  @Test
  void relevantThirdScoresByLogDiscount() {
    RankingMetrics m = new RankingMetrics(10);
    m.add(List.of("x", "y", "a"), Set.of("a"));
    assertThat(m.ndcg()).isCloseTo(0.5, within(1e-9));
    assertThat(m.mrr()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(m.successAt1()).isZero();
  }

  @Test
  void relevantBeyondTheCutOffCountsNothing() {
    RankingMetrics m = new RankingMetrics(2);
    m.add(List.of("x", "y", "a"), Set.of("a"));
    m.add(List.of("a"), Set.of("a", "b"));
    assertThat(m.queries()).isEqualTo(2);
    assertThat(m.recall()).isCloseTo(0.25, within(1e-9));
    // second query: dcg 1, ideal 1 + 1/log2(3)
    assertThat(m.ndcg()).isCloseTo((1 / (1 + 1 / (Math.log(3) / Math.log(2)))) / 2, within(1e-9));
  }
}
