package vn.policykb.search;

import java.util.List;

/** One page of quotes and the number of all quotes found. */
public record QuoteResults(long total, List<QuoteHit> quotes) {

  public QuoteResults {
    quotes = List.copyOf(quotes);
  }
}
