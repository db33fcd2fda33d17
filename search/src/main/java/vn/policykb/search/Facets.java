package vn.policykb.search;

import java.util.List;

/**
 * How many of the matching articles have each value of a field: what a reader can narrow the
 * results to. An article published several times counts once.
 *
 * @param lang by language
 * @param resolution by resolution cited (an article citing two counts under both)
 * @param source by source
 * @param year by year of publication
 * @param month by month of publication ({@code 2025-08}), newest first
 * @param person by person named (the index's key: a registry id, else {@code name:} and the
 *     folded name), most named first
 */
public record Facets(
    List<Count> lang, List<Count> resolution, List<Count> source, List<Count> year, List<Count> month,
    List<Count> person) {

  /**
   * A value, how many articles have it, and how it reads on a page.
   */
  public record Count(String value, long count, String label) {

    public Count(String value, long count) {
      this(value, count, value);
    }
  }

  public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public Facets(List<Count> lang, List<Count> resolution, List<Count> source, List<Count> year, List<Count> month) {
    this(lang, resolution, source, year, month, List.of());
  }

  public Facets {
    lang = List.copyOf(lang);
    resolution = List.copyOf(resolution);
    source = List.copyOf(source);
    year = List.copyOf(year);
    month = List.copyOf(month);
    person = person == null ? List.of() : List.copyOf(person);
  }
}
