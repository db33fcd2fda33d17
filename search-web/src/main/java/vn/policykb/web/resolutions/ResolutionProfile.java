package vn.policykb.web.resolutions;

import java.util.List;
import vn.policykb.search.Coverage;
import vn.policykb.search.DocumentSummary;
import vn.policykb.search.QuoteHit;
import vn.policykb.web.shared.FactView;

/**
 * What the knowledge base knows of a resolution: the registry's facts, each with its mark, and what
 * the archive says about it.
 *
 * @param number the official symbol, {@code 57-NQ/TW}
 * @param shortNumber {@code 57}: what {@code /resolutions/{number}} and the {@code resolution} filter take
 * @param issuer the issuing body's id, with its names
 * @param documentCount articles citing it
 * @param coverage those articles by month and language
 */
public record ResolutionProfile(
    String id, String number, String shortNumber, Names shortNames, FactView nameEn, FactView nameVi,
    FactView date, Issuer issuer, List<ImplementingDocumentView> implementingDocuments, long documentCount,
    Coverage coverage, List<QuoteHit> topQuotes, List<DocumentSummary> latestDocuments) {

  /** Names in English and Vietnamese. */
  public record Names(List<String> en, List<String> vi) {}

  /** The body a resolution or document comes from: the fact (its id) and the body's names. */
  public record Issuer(FactView fact, String nameEn, String nameVi) {}

  /** A document implementing the resolution; {@code date} may be null. */
  public record ImplementingDocumentView(FactView number, Issuer issuer, FactView date, FactView subject) {}

  /** The registry's facts without the archive's: what {@code GET /api/resolutions} lists. */
  public record Summary(
      String id, String number, String shortNumber, Names shortNames, FactView nameEn, FactView nameVi,
      FactView date, Issuer issuer, List<ImplementingDocumentView> implementingDocuments, long documentCount) {}

  public Summary summary() {
    return new Summary(id, number, shortNumber, shortNames, nameEn, nameVi, date, issuer, implementingDocuments,
        documentCount);
  }
}
