package vn.policykb.ingest.storykeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.enrich.EnrichedArticle;
import vn.policykb.ingest.enrich.LegalReferencesStep;
import vn.policykb.ingest.people.PeopleRecognizer;
import vn.policykb.ingest.people.PeopleStep;

class StoryKeysStepTest {

  private final StoryKeysStep step = new StoryKeysStep(new StoryKeyExtractor(TestCorpus.KB));

  @Test
  void theKeysHoldTheLegalReferencesAndPeopleFoundBefore() {
    Article article = new Article("a", "a", null, null, "Private economy",
        "Party chief To Lam said Resolution 68-NQ/TW will double the number of firms to 2,000,000 by 2030.", "en",
        null, null, null);
    EnrichedArticle before = new PeopleStep(new PeopleRecognizer(TestCorpus.KB))
        .apply(new LegalReferencesStep().apply(EnrichedArticle.of(article)));

    StoryKeys keys = step.apply(before).get(StoryKeysStep.KEYS);

    assertThat(keys.keys()).contains("ref:nq:68", "e:to-lam", "n:2000000");
  }

  @Test
  void legalReferencesNoStepFoundAreNotKeys() {
    Article article = new Article("a", "a", null, null, "t", "Resolution 68-NQ/TW on the private economy.", "en",
        null, null, null);

    assertThat(step.apply(EnrichedArticle.of(article)).get(StoryKeysStep.KEYS).keys()).doesNotContain("ref:nq:68");
    assertThat(step.apply(EnrichedArticle.of(article).with(LegalReferencesStep.RESOLUTIONS, List.of("68")))
        .get(StoryKeysStep.KEYS).keys()).contains("ref:nq:68");
  }
}
