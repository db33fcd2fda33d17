package vn.policykb.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionScoreTest {

  @Test
  void identicalTextsMatchWordForWord() {
    ExtractionScore score = ExtractionScore.of("Giá xăng giảm mạnh từ chiều nay.", "Giá  xăng giảm mạnh, từ chiều nay");
    assertThat(score.exact()).isTrue();
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(1.0);
  }

  @Test
  void extraTextLowersPrecisionAndMissingTextLowersRecall() {
    String truth = "one two three four five six";
    // truth shingles: 3; extracted: the same 3 plus 3 more
    ExtractionScore extra = ExtractionScore.of(truth, truth + " seven eight nine");
    assertThat(extra.recall()).isEqualTo(1.0);
    assertThat(extra.precision()).isCloseTo(0.5, within(1e-9));

    ExtractionScore missing = ExtractionScore.of(truth, "one two three four");
    assertThat(missing.precision()).isEqualTo(1.0);
    assertThat(missing.recall()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void anEmptyExtractionHasNoPrecisionToAverage() {
    ExtractionScore empty = ExtractionScore.of("some true text here", "");
    assertThat(empty.extractedAnything()).isFalse();
    assertThat(empty.recall()).isZero();

    ExtractionSummary summary = ExtractionSummary.of(List.of(empty, ExtractionScore.of("a b c d e", "a b c d e")));
    assertThat(summary.precision()).isEqualTo(1.0);
    assertThat(summary.recall()).isEqualTo(0.5);
    assertThat(summary.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    assertThat(summary.accuracy()).isEqualTo(0.5);
  }
}
