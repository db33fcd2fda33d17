package vn.policykb.web.quotes;

import java.util.ArrayList;
import java.util.List;
import vn.policykb.search.QueryFilter;
import vn.policykb.search.QuoteQuery;
import vn.policykb.search.SearchFilters;
import vn.policykb.web.shared.Numbers;

/**
 * A quote search as its address states it: {@code ?q=&speaker=&resolution=&lang=&from=&to=&page=&size=},
 * the same for the page and the API. A value that does not parse is a 400 saying what it takes.
 */
public record QuoteParameters(
    String q, String speaker, String resolution, String lang, String from, String to, String page, String size) {

  public QuoteParameters {
    q = q == null ? "" : q;
    speaker = speaker == null ? "" : speaker;
  }

  QuoteQuery toQuery(int defaultSize) {
    List<QueryFilter> filters = new ArrayList<>();
    filter(filters, "resolution", resolution);
    filter(filters, "lang", lang);
    filter(filters, "from", from);
    filter(filters, "to", to);
    return new QuoteQuery(q, speaker, filters, Numbers.parameter("page", page, 1),
        Numbers.parameter("size", size, defaultSize));
  }

  private static void filter(List<QueryFilter> filters, String field, String value) {
    if (value != null && !value.isBlank()) {
      filters.add(SearchFilters.parse(field, value));
    }
  }

  /** The address of this search at another page. */
  public String atPage(int number) {
    org.springframework.web.util.UriComponentsBuilder link = org.springframework.web.util.UriComponentsBuilder.fromPath("/quotes");
    add(link, "q", q);
    add(link, "speaker", speaker);
    add(link, "resolution", resolution);
    add(link, "lang", lang);
    add(link, "from", from);
    add(link, "to", to);
    add(link, "size", size);
    link.queryParam("page", number);
    return link.encode().build().toUriString();
  }

  private static void add(org.springframework.web.util.UriComponentsBuilder link, String name, String value) {
    if (value != null && !value.isBlank()) {
      link.queryParam(name, value.strip());
    }
  }
}
