package vn.policykb.ingest.storykeys;

import vn.policykb.ingest.enrich.EnrichedArticle;
import vn.policykb.ingest.enrich.EnrichmentStep;
import vn.policykb.ingest.enrich.Enrichments;
import vn.policykb.ingest.enrich.LegalReferencesStep;
import vn.policykb.ingest.people.PeopleStep;

/**
 * What the text says that survives translation ({@link StoryKeys}): what the story linker compares
 * across languages once the document is indexed. Reads the legal references and people found before.
 */
public final class StoryKeysStep implements EnrichmentStep {

  public static final Enrichments.Key<StoryKeys> KEYS = new Enrichments.Key<>("story-keys", new StoryKeys(java.util.Set.of()));

  private final StoryKeyExtractor extractor;

  public StoryKeysStep(StoryKeyExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public String name() {
    return "story-keys";
  }

  @Override
  public EnrichedArticle apply(EnrichedArticle document) {
    return document.with(KEYS, extractor.keys(document.article(), document.get(LegalReferencesStep.RESOLUTIONS),
        document.get(LegalReferencesStep.CITATIONS), document.get(PeopleStep.PEOPLE)));
  }
}
