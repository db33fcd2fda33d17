package vn.policykb.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.policykb.search.QueryFilter;
import vn.policykb.search.SearchFilters;
import vn.policykb.search.SearchOrder;
import vn.policykb.search.SearchRequest;

/**
 * A search as its address states it: {@code ?q=&lang=&resolution=&source=&from=&to=&sort=&page=&size=&cross=&telex=},
 * the same for the page and the API, so that every state of the page is a link to share.
 * Values are read strictly: one that does not parse is a 400 that says what the parameter takes.
 */
public record SearchParameters(
    String q, String page, String size, String lang, String resolution, String source, String from, String to,
    String sort, String cross, String person, String telex) {

  public SearchParameters {
    q = q == null ? "" : q;
  }

  public SearchParameters(
      String q, String page, String size, String lang, String resolution, String source, String from, String to,
      String sort) {
    this(q, page, size, lang, resolution, source, from, to, sort, null, null);
  }

  public SearchParameters(
      String q, String page, String size, String lang, String resolution, String source, String from, String to,
      String sort, String cross, String person) {
    this(q, page, size, lang, resolution, source, from, to, sort, cross, person, null);
  }

  public SearchRequest toRequest(int defaultSize) {
    List<QueryFilter> filters = new ArrayList<>();
    filter(filters, "lang", lang);
    filter(filters, "resolution", resolution);
    filter(filters, "source", source);
    filter(filters, "person", person);
    filter(filters, "from", from);
    filter(filters, "to", to);
    SearchOrder order = blank(sort) ? SearchOrder.RELEVANCE : SearchOrder.parse(sort);
    return new SearchRequest(q, number("page", page, 1), number("size", size, defaultSize), filters, order,
        flag("cross", cross), flag("telex", telex));
  }

  /**
   * {@code cross=false} keeps a search to the language of its words, {@code telex=false} searches
   * a query as typed where it looks like Telex keystrokes; both on by default.
   */
  private static boolean flag(String name, String value) {
    if (blank(value) || value.strip().equalsIgnoreCase("true")) {
      return true;
    }
    if (value.strip().equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException(name + " must be true or false, was \"" + value + "\"");
  }

  private static void filter(List<QueryFilter> filters, String field, String value) {
    if (!blank(value)) {
      filters.add(SearchFilters.parse(field, value));
    }
  }

  private static int number(String name, String value, int fallback) {
    if (blank(value)) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was \"" + value + "\"");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** Whether any filter is set apart from the query. */
  public boolean filtered() {
    return !blank(lang) || !blank(resolution) || !blank(source) || !blank(person) || !blank(from) || !blank(to);
  }

  /** The address of this search with one parameter set (or removed, with null), from page 1. */
  public String with(String name, String value) {
    Map<String, String> params = asMap();
    params.remove("page");
    if (value == null || value.isBlank()) {
      params.remove(name);
    } else {
      params.put(name, value);
    }
    return link(params);
  }

  /** The address of this search at another page. */
  public String atPage(int number) {
    Map<String, String> params = asMap();
    params.put("page", String.valueOf(number));
    return link(params);
  }

  /** The address of this search with a date range from {@code start} to {@code end}, both of a period. */
  public String within(String start, String end) {
    Map<String, String> params = asMap();
    params.remove("page");
    params.put("from", start);
    params.put("to", end);
    return link(params);
  }

  Map<String, String> asMap() {
    Map<String, String> params = new LinkedHashMap<>();
    put(params, "q", q);
    put(params, "lang", lang);
    put(params, "resolution", resolution);
    put(params, "source", source);
    put(params, "person", person);
    put(params, "from", from);
    put(params, "to", to);
    put(params, "sort", sort);
    put(params, "cross", cross);
    put(params, "telex", telex);
    put(params, "size", size);
    put(params, "page", page);
    return params;
  }

  private static void put(Map<String, String> params, String name, String value) {
    if (!blank(value)) {
      params.put(name, value.strip());
    }
  }

  private static String link(Map<String, String> params) {
    StringBuilder link = new StringBuilder("?");
    params.forEach((name, value) -> {
      if (link.length() > 1) {
        link.append('&');
      }
      link.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    });
    return link.toString();
  }
}
