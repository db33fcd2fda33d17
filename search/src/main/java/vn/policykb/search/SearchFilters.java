package vn.policykb.search;

import java.util.Locale;

/**
 * Filters given apart from the query ({@code ?lang=vi&resolution=57&from=2025-01}), read as their
 * {@code field:value} forms are, but strictly: a value that does not parse is the caller's error.
 */
public final class SearchFilters {

  private SearchFilters() {}

  /**
   * @param field {@code lang}, {@code resolution}, {@code source}, {@code from}, {@code to} or
   *     {@code date}
   * @throws IllegalArgumentException naming the field and what it takes
   */
  public static QueryFilter parse(String field, String value) {
    return FilterSyntax.parse(field, value).orElseThrow(() -> new IllegalArgumentException(
        field + " " + expectation(field.toLowerCase(Locale.ROOT)) + ", was \"" + value + "\""));
  }

  private static String expectation(String field) {
    return switch (field) {
      case "lang" -> "must be vi or en";
      case "resolution" -> "must be a resolution number such as 57 or 57-NQ/TW";
      case "source" -> "must be a source name of letters, digits and spaces";
      case "person" -> "must name a person";
      case "datasetid" -> "must be the id of a data set line";
      case "from", "to" -> "must be a date: YYYY, YYYY-MM, YYYY-MM-DD or D/M/YYYY";
      case "date" -> "must be a date or a range such as 2025-01..2025-06";
      default -> "is not a filter";
    };
  }
}
