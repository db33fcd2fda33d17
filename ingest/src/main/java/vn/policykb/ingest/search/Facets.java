package vn.policykb.ingest.search;

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
 */
public record Facets(
    List<Count> lang, List<Count> resolution, List<Count> source, List<Count> year, List<Count> month) {

  /** A value and how many articles have it. */
  public record Count(String value, long count) {}

  public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(), List.of());

  public Facets {
    lang = List.copyOf(lang);
    resolution = List.copyOf(resolution);
    source = List.copyOf(source);
    year = List.copyOf(year);
    month = List.copyOf(month);
  }
}
