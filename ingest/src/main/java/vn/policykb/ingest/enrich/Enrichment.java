package vn.policykb.ingest.enrich;

import java.util.List;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.dedup.NearDuplicateSignatureStep;
import vn.policykb.ingest.storykeys.StoryKeysStep;
import vn.policykb.ingest.people.PeopleRecognizer;
import vn.policykb.ingest.people.PeopleStep;
import vn.policykb.ingest.quotes.QuoteExtractor;
import vn.policykb.ingest.quotes.QuotesStep;
import vn.policykb.ingest.storykeys.StoryKeyExtractor;
import vn.policykb.kb.KnowledgeBase;

/** The enrichment steps a document goes through before it is indexed, in their order. */
public final class Enrichment {

  private final List<EnrichmentStep> steps;

  public Enrichment(List<EnrichmentStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * Every step the index needs, with the registry given: where a new enrichment is added. A step
   * may read what the steps before it found (quotes read the people, story keys the legal
   * references).
   */
  public static Enrichment standard(KnowledgeBase kb) {
    PeopleRecognizer people = new PeopleRecognizer(kb);
    return new Enrichment(List.of(
        new LegalReferencesStep(),
        new PeopleStep(people),
        new QuotesStep(new QuoteExtractor(people)),
        new StoryKeysStep(new StoryKeyExtractor(kb)),
        new NearDuplicateSignatureStep()));
  }

  public EnrichedArticle enrich(Article article) {
    return enrich(article, (step, nanos) -> {});
  }

  /** Where the time of each step is told. */
  @FunctionalInterface
  public interface StepTimes {
    void took(EnrichmentStep step, long nanos);
  }

  public EnrichedArticle enrich(Article article, StepTimes times) {
    EnrichedArticle document = EnrichedArticle.of(article);
    for (EnrichmentStep step : steps) {
      long start = System.nanoTime();
      document = step.apply(document);
      times.took(step, System.nanoTime() - start);
    }
    return document;
  }

  public List<EnrichmentStep> steps() {
    return steps;
  }
}
