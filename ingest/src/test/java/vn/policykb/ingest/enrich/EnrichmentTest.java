package vn.policykb.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.Article;

class EnrichmentTest {

  @Test
  void theStandardStepsRunInTheOrderTheirInputsNeed() {
    assertThat(TestCorpus.ENRICHMENT.steps()).extracting(EnrichmentStep::name)
        .containsExactly("legal-references", "people", "quotes", "story-keys", "near-duplicates");
  }

  @Test
  void aStepSeesWhatTheStepsBeforeItFound() {
    Enrichments.Key<Integer> count = new Enrichments.Key<>("resolution-count", 0);
    EnrichmentStep counting = new EnrichmentStep() {
      @Override
      public String name() {
        return "count";
      }

      @Override
      public EnrichedArticle apply(EnrichedArticle document) {
        return document.with(count, document.get(LegalReferencesStep.RESOLUTIONS).size());
      }
    };
    Article article = new Article("a", "a", null, null, "Hai nghị quyết",
        "Nghị quyết 57-NQ/TW và Nghị quyết 68-NQ/TW được triển khai đồng bộ.", "vi", null, null, null);

    assertThat(new Enrichment(List.of(new LegalReferencesStep(), counting)).enrich(article).get(count)).isEqualTo(2);
    assertThat(new Enrichment(List.of(counting)).enrich(article).get(count)).isZero();
  }

  @Test
  void aFindingNoStepMadeReadsAsTheKeysAbsentValue() {
    EnrichedArticle bare = EnrichedArticle.of(new Article("a", "a", null, null, "t", "b", "en", null, null, null));

    assertThat(bare.enrichments().has(LegalReferencesStep.CITATIONS)).isFalse();
    assertThat(bare.get(LegalReferencesStep.CITATIONS)).isEmpty();
    assertThat(bare.with(LegalReferencesStep.CITATIONS, List.of("x")).get(LegalReferencesStep.CITATIONS))
        .containsExactly("x");
    assertThat(bare.get(LegalReferencesStep.CITATIONS)).as("the original is unchanged").isEmpty();
  }
}
