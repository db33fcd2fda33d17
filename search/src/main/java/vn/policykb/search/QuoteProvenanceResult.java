package vn.policykb.search;

import java.util.List;

/** Every publication of a quote the archive holds: oldest first, undated last. */
public record QuoteProvenanceResult(String text, List<QuotePublication> publications) {

  public QuoteProvenanceResult {
    publications = List.copyOf(publications);
  }
}
