package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.policykb.index.QuoteKind;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.enrich.EnrichedArticle;
import vn.policykb.ingest.people.PeopleRecognizer;
import vn.policykb.ingest.people.PeopleStep;

class QuotesStepTest {

  private final PeopleRecognizer people = new PeopleRecognizer(TestCorpus.KB);

  @Test
  void wordsAreAttributedToThePersonTheStepBeforeFound() {
    String body = "Minister of Finance Nguyễn Văn Thắng spoke.\n\n\"We will keep reforming the tax system,\" he said.";
    EnrichedArticle read = EnrichedArticle.of(new Article("a", "a", null, null, "Tax", body, "en", null, null, null));

    EnrichedArticle doc = new QuotesStep(new QuoteExtractor(people)).apply(new PeopleStep(people).apply(read));

    assertThat(doc.get(QuotesStep.QUOTES)).singleElement().satisfies(quote -> {
      assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
      assertThat(quote.speakerId()).isEqualTo("nguyen-van-thang");
      assertThat(body.substring(quote.start(), quote.end())).isEqualTo("We will keep reforming the tax system");
    });
  }

  @Test
  void withoutThePeopleFoundBeforeAQuoteByAPronounHasNobodyToStandForAndIsLeftOut() {
    String body = "\"We will keep reforming the tax system,\" he said.";
    EnrichedArticle doc = new QuotesStep(new QuoteExtractor(people))
        .apply(EnrichedArticle.of(new Article("a", "a", null, null, "Tax", body, "en", null, null, null)));

    assertThat(doc.get(QuotesStep.QUOTES)).isEmpty();
  }
}
