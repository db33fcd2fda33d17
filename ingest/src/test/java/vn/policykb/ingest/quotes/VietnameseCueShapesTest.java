package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

/**
 * The shapes Vietnamese news gives a quote's cue beyond subject and verb: a manner of saying
 * between them, a bracket after the name, introductory phrases before the subject, an agency
 * that quotes someone.
 */
class VietnameseCueShapesTest {

  private static List<Quote> direct(String body) {
    return SeedQuotes.EXTRACTOR.extract(body).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
  }

  @Test
  void aMannerOfSayingBetweenTheNameAndTheVerbBelongsToTheCue() {
    String body = "Cô Trần Thị Hải Vân là hiệu trưởng của trường. “Mấy ngày trước chúng tôi đã phổ biến tập bơi cho các em học "
        + "sinh, không ngờ tai nạn xảy ra thương tâm vậy”, cô Vân xót xa nói.";

    assertThat(direct(body)).singleElement().satisfies(quote -> {
      assertThat(quote.speaker()).isEqualTo("Trần Thị Hải Vân");
      assertThat(quote.text()).startsWith("Mấy ngày trước");
    });
  }

  @Test
  void aMannerOfSayingAfterADashCueToo() {
    String body = "\" Tưởng đâu một năm xây được có vài căn nhà, vậy mà đến giờ đã hơn trăm căn \" - ông Quán hào hứng nói.";

    assertThat(direct(body)).singleElement().satisfies(quote -> assertThat(quote.speaker()).isEqualTo("Quán"));
  }

  @Test
  void aNegationIsNoMannerOfSaying() {
    String body = "“Chúng tôi sẽ công bố kết quả trong tuần tới”, ông Hùng không nói thêm.";

    assertThat(direct(body)).isEmpty();
  }

  @Test
  void theLastWordOfATitleIsNoMannerOfSaying() {
    String body = "“Chúng ta phải hành động ngay hôm nay để bảo vệ người dân”, Thủ tướng nói.";

    assertThat(direct(body)).singleElement().satisfies(quote -> assertThat(quote.speaker()).isNotEqualTo("Thủ"));
  }

  @Test
  void aBracketAfterTheNameIsItsRoleOrItsHome() {
    String role = "“Việc kỷ luật những cán bộ liên quan là cần thiết và phải làm nghiêm”, trung tướng Huỳnh Tiền Phong "
        + "(nguyên Tư lệnh Quân khu 9) nói.";
    String home = "“Sáng nay mưa lớn ở quê rồi, tưởng chiều không mưa nên tôi mới đi”, anh Đoàn Văn Minh (quê Bến Tre, "
        + "làm thợ hồ) cho biết.";

    assertThat(direct(role)).singleElement().satisfies(quote -> {
      assertThat(quote.speaker()).isEqualTo("Huỳnh Tiền Phong");
      assertThat(quote.role()).isEqualTo("nguyên Tư lệnh Quân khu 9");
    });
    assertThat(direct(home)).singleElement().satisfies(quote -> {
      assertThat(quote.speaker()).isEqualTo("Đoàn Văn Minh");
      assertThat(quote.role()).isNull();
    });
  }

  @Test
  void aBracketAfterAnOrganizationsNameStaysWithIt() {
    String body = "“Chúng tôi đã kiểm đếm xong phiếu bầu ở mọi tỉnh thành”, Uỷ ban Bầu cử Indonesia (KPU) cho biết.";

    assertThat(direct(body)).singleElement()
        .satisfies(quote -> assertThat(quote.speaker()).isEqualTo("Uỷ ban Bầu cử Indonesia (KPU)"));
  }

  @Test
  void introductoryPhrasesBeforeTheSubjectAreNoSpeaker() {
    String body = "Theo Hãng tin AFP, ngày 21-8 (giờ Đan Mạch), phát biểu trước báo giới, Thủ tướng Mette Frederiksen nói: "
        + "\"Tôi vừa bực mình vừa ngạc nhiên khi Tổng thống Mỹ huỷ chuyến thăm cấp nhà nước \".";

    assertThat(direct(body)).singleElement().satisfies(quote -> {
      assertThat(quote.speaker()).isEqualTo("Mette Frederiksen");
      assertThat(quote.text()).startsWith("Tôi vừa bực mình");
    });
  }

  @Test
  void theAppositionsOfANamedSubjectAreNotTakenForTheSubject() {
    String body = "Tại buổi lễ phát động cuộc thi năm 2019, sinh viên Vũ Trịnh Ngọc Hiền, lớp Báo chí K36, Học viện Báo chí "
        + "và Tuyên truyền đã bày tỏ: “Chúng em sẽ học tập và làm theo tấm gương của Người”.";

    assertThat(direct(body)).singleElement()
        .satisfies(quote -> assertThat(quote.speaker()).isEqualTo("Vũ Trịnh Ngọc Hiền"));
  }

  @Test
  void theSpeakerAnAgencyQuotesIsTheSpeaker() {
    String body = "“Trong quá khứ, tôi từng đồng cảm với phương Tây. Nhưng mọi thứ đã khác”, Reuters dẫn lời ông Duterte "
        + "hôm 19/11 nói với ông Putin bên lề hội nghị.";

    assertThat(direct(body)).singleElement().satisfies(quote -> assertThat(quote.speaker()).isEqualTo("Duterte"));
  }

  @Test
  void commentingAndRecallingAreReportingVerbs() {
    String commented = "\" Tất nhiên là có một số bất đồng, nhưng hợp tác là lựa chọn duy nhất \" - ông Tập bình luận.";
    String recalled = "“Lần đầu tiên em gãy tay là năm 4 tuổi, sau đó mỗi lần chơi đùa lại gãy”, em Quế Anh nhớ lại.";

    assertThat(direct(commented)).singleElement().satisfies(quote -> assertThat(quote.speaker()).isEqualTo("Tập"));
    assertThat(direct(recalled)).singleElement().satisfies(quote -> assertThat(quote.speaker()).isEqualTo("Quế Anh"));
  }

  @Test
  void anHonorificThatMakesOneWordOfATradeStaysInTheRole() {
    String body = "\" Đây là một bi kịch lớn của cả thành phố \", bác sĩ David Persse, giám đốc trung tâm cấp cứu khu vực "
        + "Kingwood, trực thuộc thành phố Houston, nói.";

    assertThat(direct(body)).singleElement().satisfies(quote -> {
      assertThat(quote.speaker()).isEqualTo("David Persse");
      assertThat(quote.role()).isEqualTo("bác sĩ");
    });
  }

  @Test
  void anHonorificAndANameBetweenCommasAreTheSubject() {
    String role = "“Việt Nam có quan hệ hợp tác hữu nghị tốt đẹp với tất cả các quốc gia trong khu vực”, Người phát ngôn "
        + "Bộ Ngoại giao, bà Lê Thị Thu Hằng, cho biết.";
    String phrase = "Chính thức trở lại đường đua tại Greensboro, bang North Carolina, bà Clinton tuyên bố sẽ \"không bao "
        + "giờ từ bỏ, không bao giờ ra đi\".";

    assertThat(direct(role)).singleElement().satisfies(quote -> {
      assertThat(quote.speaker()).isEqualTo("Lê Thị Thu Hằng");
      assertThat(quote.role()).isEqualTo("Người phát ngôn Bộ Ngoại giao");
    });
    assertThat(direct(phrase)).singleElement().satisfies(quote -> assertThat(quote.speaker()).isEqualTo("Clinton"));
  }
}
