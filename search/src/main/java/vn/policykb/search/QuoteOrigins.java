package vn.policykb.search;

import java.io.IOException;

/** Where a quoted text was published, oldest first. */
public interface QuoteOrigins {

  QuoteProvenanceResult of(String text) throws IOException;
}
