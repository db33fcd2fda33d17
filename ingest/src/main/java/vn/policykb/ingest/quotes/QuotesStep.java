package vn.policykb.ingest.quotes;

import java.util.List;
import vn.policykb.index.Quote;
import vn.policykb.ingest.enrich.EnrichedArticle;
import vn.policykb.ingest.enrich.EnrichmentStep;
import vn.policykb.ingest.enrich.Enrichments;
import vn.policykb.ingest.people.PeopleStep;

/** What people say in the body, direct and reported, attributed with the people found before. */
public final class QuotesStep implements EnrichmentStep {

  public static final Enrichments.Key<List<Quote>> QUOTES = new Enrichments.Key<>("quotes", List.of());

  private final QuoteExtractor extractor;

  public QuotesStep(QuoteExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public EnrichedArticle apply(EnrichedArticle document) {
    return document.with(QUOTES, List.copyOf(extractor.extract(document.article().body(), document.get(PeopleStep.MENTIONS))));
  }
}
