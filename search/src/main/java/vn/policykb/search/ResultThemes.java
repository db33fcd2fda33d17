package vn.policykb.search;

import java.util.List;

/**
 * What a result set talks about, against the whole archive: the people, resolutions and terms
 * its best matches have more often than the archive does, most telling first.
 *
 * @param sample the matches looked at
 */
public record ResultThemes(int sample, List<SignificantTerm> people, List<SignificantTerm> resolutions,
    List<SignificantTerm> terms) {

  public static final ResultThemes NONE = new ResultThemes(0, List.of(), List.of(), List.of());

  public ResultThemes {
    people = List.copyOf(people);
    resolutions = List.copyOf(resolutions);
    terms = List.copyOf(terms);
  }
}
