package vn.policykb.kb;

import java.util.List;
import java.util.stream.Stream;

/** Other names of an entity, in English and in Vietnamese. */
public record Aliases(List<String> en, List<String> vi) {

  public Aliases {
    en = List.copyOf(en);
    vi = List.copyOf(vi);
  }

  public List<String> all() {
    return Stream.concat(en.stream(), vi.stream()).toList();
  }
}
