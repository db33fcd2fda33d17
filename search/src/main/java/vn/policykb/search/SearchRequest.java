package vn.policykb.search;

import java.util.List;

/**
 * A search as a reader asks for it.
 *
 * @param query what was typed; blank browses everything, newest first
 * @param page 1-based page number
 * @param size hits per page
 * @param filters restrictions given apart from the query; they add to those typed in it
 * @param order how results are ordered
 * @param crossLanguage also find documents of the other language through the glossary terms of
 *     the query, translated
 * @param readTelex a query typed in Telex keystrokes with the input method off is searched as the
 *     words it stands for ({@link SearchResults#decoded})
 */
public record SearchRequest(
    String query, int page, int size, List<QueryFilter> filters, SearchOrder order, boolean crossLanguage,
    boolean readTelex) {

  public static final int MAX_SIZE = 100;
  /** Deepest result a page may reach: deeper paging costs memory for nothing a reader uses. */
  public static final int MAX_DEPTH = 10_000;

  public SearchRequest {
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
    if ((long) page * size > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "page × size must not exceed " + MAX_DEPTH + " (page " + page + ", size " + size + ")");
    }
    query = query == null ? "" : query;
    filters = filters == null ? List.of() : List.copyOf(filters);
    order = order == null ? SearchOrder.RELEVANCE : order;
  }

  public SearchRequest(
      String query, int page, int size, List<QueryFilter> filters, SearchOrder order, boolean crossLanguage) {
    this(query, page, size, filters, order, crossLanguage, true);
  }

  public SearchRequest(String query, int page, int size, List<QueryFilter> filters, SearchOrder order) {
    this(query, page, size, filters, order, true);
  }

  public SearchRequest(String query, int page, int size) {
    this(query, page, size, List.of(), SearchOrder.RELEVANCE);
  }
}
