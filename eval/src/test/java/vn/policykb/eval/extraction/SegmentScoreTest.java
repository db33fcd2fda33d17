package vn.policykb.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentScoreTest {

  @Test
  void segmentsAreFoundAsSubstringsOfTheWhitespaceNormalizedText() {
    SegmentScore score = SegmentScore.of(
        List.of("Der Gemeinderat hat  am Montag", "nicht im Text"),
        List.of("Impressum", "Alle Rechte vorbehalten"),
        "Der Gemeinderat hat\nam Montag beschlossen.\n\nAlle Rechte vorbehalten");
    assertThat(score).isEqualTo(new SegmentScore(1, 1, 1, 1));
    assertThat(score.errors()).isEqualTo(2);
    assertThat(score.recall()).isEqualTo(0.5);
  }

  @Test
  void anEmptyExtractionMissesEverythingAndLeaksNothing() {
    assertThat(SegmentScore.of(List.of("a b"), List.of("c"), "")).isEqualTo(new SegmentScore(0, 1, 0, 1));
  }

  @Test
  void summaryPoolsCountsOverPages() {
    SegmentSummary summary = SegmentSummary.of(List.of(new SegmentScore(3, 0, 1, 2), new SegmentScore(1, 2, 0, 3)));
    assertThat(summary.precision()).isEqualTo(0.8);
    assertThat(summary.recall()).isCloseTo(4.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(summary.f1()).isCloseTo(2 * 0.8 * (4.0 / 6) / (0.8 + 4.0 / 6), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void halvesAreFixedByTheKeyAlone() {
    assertThat(DevHalf.of("https://example.org/a")).isEqualTo(DevHalf.of("https://example.org/a"));
    long tune = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> DevHalf.of("page-" + i))
        .filter(h -> h == DevHalf.TUNE).count();
    assertThat(tune).isBetween(400L, 600L);
  }
}
