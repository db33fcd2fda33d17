package vn.policykb.search;

import java.io.IOException;
import java.util.function.Consumer;

/** Searching the articles of an index: a page of results with facets, or every result as export rows. */
public interface ArticleSearch {

  /** One page of results, one per group of copies, with the facets of everything that matched. */
  SearchResults search(SearchRequest request) throws IOException;

  /** Every article the search finds, in its order, up to {@code limit}, one per group of copies. */
  void export(SearchRequest request, int limit, Consumer<ExportRow> rows) throws IOException;
}
