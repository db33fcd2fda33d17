package vn.policykb.ingest.storykeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryKeysTest {

  @Test
  void keysAreInTheSameOrderWhateverOrderTheyCameIn() {
    StoryKeys one = new StoryKeys(new LinkedHashSet<>(List.of("w:maduro", "n:2018", "e:russia", "g:366")));
    StoryKeys other = new StoryKeys(new LinkedHashSet<>(List.of("g:366", "e:russia", "w:maduro", "n:2018")));

    assertThat(one.keys()).containsExactly("e:russia", "g:366", "n:2018", "w:maduro");
    assertThat(List.copyOf(other.keys())).isEqualTo(List.copyOf(one.keys()));
    assertThat(one).isEqualTo(other).isEqualTo(new StoryKeys(Set.of("n:2018", "g:366", "e:russia", "w:maduro")));
  }

  @Test
  void theKeysCannotBeChangedAfterwards() {
    // a record's keys are its value: the linker compares and scores the keys it read, and a sorted
    // copy that a caller could still add to would change them behind its back
    StoryKeys keys = new StoryKeys(Set.of("n:57"));

    assertThatThrownBy(() -> keys.keys().add("n:68")).isInstanceOf(UnsupportedOperationException.class);
  }
}
