package vn.policykb.search;

import java.util.Locale;

/** How results are ordered. */
public enum SearchOrder {
  /** Best match first; a query with nothing to match lists the newest first. */
  RELEVANCE,
  /** Newest first, whatever matched. */
  NEWEST;

  /** {@code relevance} or {@code newest}, in any case. */
  public static SearchOrder parse(String value) {
    for (SearchOrder order : values()) {
      if (order.name().equalsIgnoreCase(value.strip())) {
        return order;
      }
    }
    throw new IllegalArgumentException("sort must be relevance or newest, was \"" + value + "\"");
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
