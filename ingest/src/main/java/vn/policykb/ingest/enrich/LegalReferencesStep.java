package vn.policykb.ingest.enrich;

import java.util.ArrayList;
import java.util.List;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.analysis.legal.LegalReferences;

/**
 * The legal documents a text cites ({@code 1131/qd-ttg}) and, among them, the resolutions this
 * knowledge base follows ({@code 57}).
 */
public final class LegalReferencesStep implements EnrichmentStep {

  /** How a legal reference key names a resolution by its number ({@code nq:57}). */
  public static final String RESOLUTION_PREFIX = "nq:";

  /** Numbers of the resolutions cited ({@code 57}, {@code 68}). */
  public static final Enrichments.Key<List<String>> RESOLUTIONS = new Enrichments.Key<>("resolutions", List.of());
  /** Canonical keys of every other legal document cited ({@code 1131/qd-ttg}). */
  public static final Enrichments.Key<List<String>> CITATIONS = new Enrichments.Key<>("citations", List.of());

  @Override
  public String name() {
    return "legal-references";
  }

  @Override
  public EnrichedArticle apply(EnrichedArticle document) {
    // legal references are found in NFC text; a title from a file name may be decomposed
    String text = TextNormalization.nfc(document.article().title() + "\n" + document.article().body());
    List<String> resolutions = new ArrayList<>();
    List<String> citations = new ArrayList<>();
    for (String key : LegalReferences.keys(text)) {
      if (key.startsWith(RESOLUTION_PREFIX)) {
        resolutions.add(key.substring(RESOLUTION_PREFIX.length()));
      } else {
        citations.add(key);
      }
    }
    return document.with(RESOLUTIONS, List.copyOf(resolutions)).with(CITATIONS, List.copyOf(citations));
  }
}
