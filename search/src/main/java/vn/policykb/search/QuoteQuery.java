package vn.policykb.search;

import java.util.List;

/**
 * A search for quotes.
 *
 * @param text words the quote must contain, with or without diacritics; blank: any
 * @param speaker who said it: a registry person by any of their names, else a name as texts write
 *     it, without regard to case or diacritics; blank: anyone
 * @param filters restrictions on the articles quoted (language, resolution, source, dates)
 * @param page 1-based page number
 * @param size quotes per page
 */
public record QuoteQuery(String text, String speaker, List<QueryFilter> filters, int page, int size) {

  public QuoteQuery {
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more, was " + page);
    }
    if (size < 1 || size > SearchRequest.MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + SearchRequest.MAX_SIZE + ", was " + size);
    }
    if ((long) page * size > SearchRequest.MAX_DEPTH) {
      throw new IllegalArgumentException(
          "page × size must not exceed " + SearchRequest.MAX_DEPTH + " (page " + page + ", size " + size + ")");
    }
    text = text == null ? "" : text.strip();
    speaker = speaker == null ? "" : speaker.strip();
    filters = filters == null ? List.of() : List.copyOf(filters);
  }
}
