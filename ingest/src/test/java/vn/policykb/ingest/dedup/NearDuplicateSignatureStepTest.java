package vn.policykb.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.enrich.EnrichedArticle;

class NearDuplicateSignatureStepTest {

  private static EnrichedArticle signed(String body) {
    return new NearDuplicateSignatureStep().apply(EnrichedArticle.of(new Article("a", "a", null, null, "t", body, "en",
        null, null, null)));
  }

  @Test
  void aLongTextHasTheSignatureItsCopiesShare() throws Exception {
    String body = TestCorpus.read(TestCorpus.SEED_000);
    var signature = signed(body).get(NearDuplicateSignatureStep.SIGNATURE);
    var copy = signed("SEOUL — " + body + "\n\nVNA").get(NearDuplicateSignatureStep.SIGNATURE);

    assertThat(signature).isPresent();
    assertThat(NearDuplicates.areCopies(signature.get(), copy.orElseThrow())).isTrue();
  }

  @Test
  void aShortTextHasNone() {
    assertThat(signed("A short notice of two sentences. Nothing more.").get(NearDuplicateSignatureStep.SIGNATURE))
        .isEmpty();
  }
}
