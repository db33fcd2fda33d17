package vn.policykb.ingest.quotes;

import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.ingest.TestCorpus;

class QuoteExtractorTest {

  @Test
  void aQuoteFollowedByHeSaidGoesToThePersonTheTextWasAbout() throws IOException {
    Quote quote = direct(SeedQuotes.quotes(TestCorpus.SEED_000)).getFirst();

    assertThat(quote.text()).startsWith("Contributing to national development does not necessarily require returning home.");
    assertThat(quote.speaker()).isEqualTo("Nguyễn Văn Thắng");
    assertThat(quote.speakerId()).isEqualTo("nguyen-van-thang");
  }

  @Test
  void aShortFormResolvesToThePersonNamedInFull() throws IOException {
    Quote quote = direct(SeedQuotes.quotes(TestCorpus.SEED_000)).get(1);

    assertThat(quote.text()).startsWith("One of the decisive factors for success");
    assertThat(quote.speakerId()).isEqualTo("to-lam");
  }

  @Test
  void offsetsPointAtTheQuoteInTheBody() throws IOException {
    String body = SeedQuotes.article(TestCorpus.SEED_000).body();
    Quote quote = direct(SeedQuotes.quotes(TestCorpus.SEED_000)).getFirst();

    assertThat(body.substring(quote.start(), quote.end())).isEqualTo(quote.text());
    assertThat(quote.paragraph()).isPositive();
  }

  @Test
  void aQuoteIsFoundInTheMiddleOfALongTextWithoutSentenceEnds() {
    // a megabyte of clauses with no end of sentence, as a table or a list run together reads
    String filler = "một hai ba bốn năm sáu bảy tám chín mười; ".repeat(25_000);
    String body = filler + "\n\n" + filler + "Ông Nguyễn Văn An nói: \"Kinh tế tư nhân là động lực quan trọng nhất.\" "
        + filler + "\n";

    List<Quote> quotes = SeedQuotes.EXTRACTOR.extract(body);

    assertThat(quotes).singleElement().satisfies(quote -> {
      assertThat(quote.text()).isEqualTo("Kinh tế tư nhân là động lực quan trọng nhất.");
      assertThat(quote.speaker()).isEqualTo("Nguyễn Văn An");
      assertThat(quote.paragraph()).isEqualTo(1);
    });
  }

  @Test
  void paragraphsCountRunsOfLineBreaksOnce() {
    String body = "First.\n\n \nSecond\nthird.\n\n";
    QuoteExtractor.Paragraphs paragraphs = QuoteExtractor.Paragraphs.of(body);

    assertThat(paragraphs.of(0)).isZero();
    assertThat(paragraphs.of(body.indexOf('\n'))).isZero();
    assertThat(paragraphs.of(body.indexOf("Second"))).isEqualTo(1);
    assertThat(paragraphs.of(body.indexOf("third"))).isEqualTo(2);
    assertThat(paragraphs.of(body.length())).isEqualTo(3);
  }

  @Test
  void scareQuotesAndTitlesAreNotQuotes() throws IOException {
    for (String seed : List.of(TestCorpus.SEED_001, TestCorpus.SEED_003, TestCorpus.SEED_004)) {
      assertThat(direct(SeedQuotes.quotes(seed))).as(seed).isEmpty();
    }
  }

  @Test
  void vietnameseReportedSpeechIsAReportedStatementOfTheTitledPerson() throws IOException {
    List<Quote> quotes = SeedQuotes.quotes(TestCorpus.SEED_002);

    assertThat(quotes).extracting(Quote::kind).containsOnly(QuoteKind.REPORTED);
    assertThat(quotes.getFirst().text()).startsWith("một trong những yếu tố quyết định sự thành công");
    assertThat(quotes.getFirst().speakerId()).isEqualTo("to-lam");
  }

  @Test
  void saidXAfterTheQuoteNamesTheSpeaker() {
    List<Quote> quotes = SeedQuotes.quotesOf("\"We will open the market to every investor next year,\" said Minister John Carter.");

    assertThat(quotes).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
      assertThat(q.text()).isEqualTo("We will open the market to every investor next year");
      assertThat(q.speaker()).isEqualTo("John Carter");
    });
  }

  @Test
  void aSpeakerIntroducedWithAColonOwnsTheQuoteThatFollows() {
    List<Quote> quotes = SeedQuotes.quotesOf("Bộ trưởng Nguyễn Văn Thắng nói: “Chúng tôi sẽ tiếp tục cải cách thủ tục.”");

    assertThat(quotes).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
      assertThat(q.speakerId()).isEqualTo("nguyen-van-thang");
    });
  }

  @Test
  void aQuoteOverSeveralParagraphsIsOneQuote() {
    String text = "Dr. Anna Berg spoke at the forum.\n\n\"The first part of what I want to say.\n\n"
        + "\"And the second part of it, which ends here,\" she said.";

    List<Quote> quotes = SeedQuotes.quotesOf(text);

    assertThat(quotes).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("The first part of what I want to say.\n\nAnd the second part of it, which ends here");
      assertThat(q.speaker()).isEqualTo("Anna Berg");
    });
  }

  @Test
  void aQuotedTermWithoutAttributionIsLeftOut() {
    assertThat(SeedQuotes.quotesOf("The city built startup \"incubators\" and a \"Digital Literacy Movement\" last year."))
        .isEmpty();
  }

  private static List<Quote> direct(List<Quote> quotes) {
    return quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
  }
}
