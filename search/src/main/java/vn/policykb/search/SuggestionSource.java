package vn.policykb.search;

import java.io.IOException;

/** Suggestions for a query being typed, and the query as the texts spell it. */
public interface SuggestionSource {

  /** The query with the diacritics the texts give its words, or null when it is spelt so already. */
  String didYouMean(String query) throws IOException;

  Suggestions suggest(String query, int limit) throws IOException;
}
