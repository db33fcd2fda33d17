package vn.policykb.ingest.storykeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void decimalsReadTheSameInBothLanguages() {
    assertThat(Numbers.values("growth of 2.4% in 2025", "en")).containsExactly("2.4", "2025");
    assertThat(Numbers.values("tăng trưởng 2,4% năm 2025", "vi")).containsExactly("2.4", "2025");
  }

  @Test
  void thousandsReadTheSameInBothLanguages() {
    assertThat(Numbers.values("more than 5,000 members", "en")).containsExactly("5000");
    assertThat(Numbers.values("hơn 5.000 thành viên", "vi")).containsExactly("5000");
  }

  @Test
  void smallWholeNumbersAreLeftOut() {
    assertThat(Numbers.values("3 ministries and 22 countries", "en")).containsExactly("22");
  }
}
