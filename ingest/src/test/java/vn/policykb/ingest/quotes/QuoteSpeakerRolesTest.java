package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

/** Speakers found in whole sentences: the name apart from the role, and the sentence around the quote. */
class QuoteSpeakerRolesTest {

  @Test
  void aVietnameseMinistersTitleIsHerRole() {
    String body = "Bộ trưởng Bộ Y tế Đào Hồng Lan cho biết: “Chúng tôi sẽ tăng cường kiểm tra các cơ sở khám chữa bệnh.”";

    Quote quote = SeedQuotes.EXTRACTOR.extract(body).getFirst();

    assertThat(quote.speaker()).isEqualTo("Đào Hồng Lan");
    assertThat(quote.role()).isEqualTo("Bộ trưởng Bộ Y tế");
    assertThat(body.substring(quote.start(), quote.end())).isEqualTo(quote.text());
    assertThat(body.substring(quote.sentence().start(), quote.sentence().end())).isEqualTo(body);
  }

  @Test
  void anAppositionIsTheRoleOfAReportedStatement() {
    String body = "Ngày 15/8, ông Huỳnh Hùng, Chủ tịch UBND xã Tam Sơn cho biết, xã đã cử đoàn cán bộ xuống địa bàn để hỗ trợ người dân.";

    List<Quote> quotes = SeedQuotes.EXTRACTOR.extract(body);

    assertThat(quotes).singleElement().satisfies(quote -> {
      assertThat(quote.kind()).isEqualTo(QuoteKind.REPORTED);
      assertThat(quote.speaker()).isEqualTo("Huỳnh Hùng");
      assertThat(quote.role()).isEqualTo("Chủ tịch UBND xã Tam Sơn");
      assertThat(quote.text()).startsWith("xã đã cử đoàn cán bộ");
    });
  }

  @Test
  void theTitleAMentionOpensWithIsTheRole() {
    String body = "Professor Maren Holt, of the Institute of Oceanography, said: \"The reef will need twenty years to recover.\"";

    Quote quote = SeedQuotes.EXTRACTOR.extract(body).getFirst();

    assertThat(quote.speaker()).isEqualTo("Maren Holt");
    assertThat(quote.role()).isEqualTo("Professor");
  }

  @Test
  void aVietnameseRoleWrittenAloneIsTheRoleOfThePersonItRefersTo() {
    String body = "Thủ tướng Nguyễn Văn Định đã thăm nhà máy. Thủ tướng nói rằng “nhà máy phải chạy lại trong tháng này”.";

    assertThat(SeedQuotes.direct(body)).singleElement().satisfies(quote -> {
      assertThat(quote.speaker()).isEqualTo("Nguyễn Văn Định");
      assertThat(quote.role()).isEqualTo("Thủ tướng");
    });
  }

  @Test
  void theReverendIsATitleNotTheSpeaker() {
    String body = "The crowd cheered. “We will not be silent while our neighbors are pushed out,” said the Rev. Al Sharpton. "
        + "Then the march went on.";

    Quote quote = SeedQuotes.EXTRACTOR.extract(body).getFirst();

    assertThat(quote.speaker()).isEqualTo("Al Sharpton");
    assertThat(quote.role()).isEqualTo("Rev.");
    assertThat(body.substring(quote.sentence().start(), quote.sentence().end()))
        .isEqualTo("“We will not be silent while our neighbors are pushed out,” said the Rev. Al Sharpton.");
  }

  @Test
  void anIntroductoryPhraseIsNoSpeaker() {
    String body = "Nhớ lại giây phút xảy ra sự việc, anh kể: “Tôi chỉ kịp kéo con ra khỏi nhà trước khi mái sập.”";

    assertThat(SeedQuotes.EXTRACTOR.extract(body)).allSatisfy(quote ->
        assertThat(quote.speaker()).doesNotStartWith("Nhớ lại"));
  }
}
