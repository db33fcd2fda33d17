package vn.policykb.search;

import java.io.IOException;
import java.util.List;

/** Searching the quotes of the articles. */
public interface QuoteSearch {

  QuoteResults search(QuoteQuery query) throws IOException;

  /** The first {@code n} quotes of a query, direct before reported, registry people first, then newest. */
  List<QuoteHit> top(QuoteQuery query, int n) throws IOException;
}
