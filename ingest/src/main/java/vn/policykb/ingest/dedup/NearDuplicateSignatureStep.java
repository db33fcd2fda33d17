package vn.policykb.ingest.dedup;

import java.util.Optional;
import vn.policykb.ingest.enrich.EnrichedArticle;
import vn.policykb.ingest.enrich.EnrichmentStep;
import vn.policykb.ingest.enrich.Enrichments;

/**
 * The MinHash signature of the text, by which the index stage finds the copies it nearly repeats;
 * absent for a text too short to compare ({@link NearDuplicates#MIN_SHINGLES}).
 */
public final class NearDuplicateSignatureStep implements EnrichmentStep {

  public static final Enrichments.Key<Optional<TextSignature>> SIGNATURE =
      new Enrichments.Key<>("near-duplicate-signature", Optional.empty());

  @Override
  public String name() {
    return "near-duplicates";
  }

  @Override
  public EnrichedArticle apply(EnrichedArticle document) {
    return document.with(SIGNATURE, NearDuplicates.signatureOf(document.article().body()));
  }
}
