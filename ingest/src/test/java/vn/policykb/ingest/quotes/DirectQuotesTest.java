package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

class DirectQuotesTest {

  @Test
  void aQuoteAndItsAttributionAreCoveredAndTheNextSentenceIsNot() {
    String body = "\"We will open the market to every investor next year,\" said Minister John Carter. "
        + "The ministry has not published the plan.";
    CoveredRanges covered = new CoveredRanges();

    List<Quote> quotes = DirectQuotes.find(body, new SpeakerResolver(body, SeedQuotes.PEOPLE.mentions(body)), covered);

    assertThat(quotes).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
      assertThat(q.speaker()).isEqualTo("John Carter");
      assertThat(body.substring(q.start(), q.end())).isEqualTo(q.text());
    });
    assertThat(covered.overlaps(body.indexOf("said"), body.indexOf("Carter"))).isTrue();
    assertThat(covered.overlaps(body.indexOf("The ministry"), body.length())).isFalse();
  }

  @Test
  void aSubjectThatBeginsAClauseNamesNoSpeaker() {
    String body = "Which officials said: \"The market opens to every investor next year.\"";

    assertThat(DirectQuotes.find(body, new SpeakerResolver(body, List.of()), new CoveredRanges())).isEmpty();
  }

  @Test
  void aQuoteThatIsASentenceOfItsOwnTakesTheCueOfTheSentenceBefore() {
    String body = "Trump said in his mock \"news anchor\" voice.\n\"I didn't give up anything.\"";

    assertThat(DirectQuotes.find(body, new SpeakerResolver(body, List.of()), new CoveredRanges()))
        .singleElement().satisfies(q -> {
          assertThat(q.text()).isEqualTo("I didn't give up anything.");
          assertThat(q.speaker()).isEqualTo("Trump");
        });
  }

  @Test
  void aFurtherSentenceWhoseFinalMarkStandsAfterTheClosingOneIsTheSameSpeakersButATitleIsNot() {
    String body = "\" Tôi đang ở trong nhà cùng các con thì nhìn thấy bùn chảy xuống đường \", ông Francisco Carlitos kể. "
        + "\" Chúng tôi mất nhà cửa, tài sản nhưng đã đến được nơi an toàn \". Sau đó ông đọc \"Những ngày thơ ấu\".";

    assertThat(DirectQuotes.find(body, new SpeakerResolver(body, List.of()), new CoveredRanges()))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Tôi đang ở trong nhà cùng các con thì nhìn thấy bùn chảy xuống đường",
                "Francisco Carlitos"),
            org.assertj.core.groups.Tuple.tuple("Chúng tôi mất nhà cửa, tài sản nhưng đã đến được nơi an toàn",
                "Francisco Carlitos"));
  }
}
