package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

/** Vietnamese reported statements whose verb stands apart from the clause or after it. */
class VietnameseReportedStatementsTest {

  private static Quote only(String body) {
    return SeedQuotes.EXTRACTOR.extract(body).stream().filter(q -> q.kind() == QuoteKind.REPORTED)
        .findFirst().orElseThrow();
  }

  @Test
  void anAddresseeBetweenTheVerbAndRang() {
    Quote quote = only("Bà Trần Thu Hà nói với hội đồng xét xử rằng bà không hề ký vào các hợp đồng này.");

    assertThat(quote.speaker()).isEqualTo("Trần Thu Hà");
    assertThat(quote.text()).startsWith("bà không hề ký vào các hợp đồng");
  }

  @Test
  void aDescriptionWhoseHeadIsASourceIsTheSpeakerHoweverLong() {
    Quote sources = only("Một số nguồn tin của Chính phủ Mỹ cho biết, một thoả thuận giữa hai nước đã được thông qua "
        + "hồi đầu tháng Mười Một.");
    Quote authorities = only("Chính quyền địa phương xác nhận, hiện tại có 5 binh sĩ bị thương khi giao tranh.");

    assertThat(sources.speaker()).isEqualTo("Một số nguồn tin của Chính phủ Mỹ");
    assertThat(sources.text()).startsWith("một thoả thuận giữa hai nước");
    assertThat(authorities.speaker()).isEqualTo("Chính quyền địa phương");
  }

  @Test
  void aClauseThatOpensWithASourceNounIsNoSubject() {
    String body = "Officials released video of the confrontation between Sims and Simpson, and police said Sims lost his "
        + "glasses during the fight.";

    assertThat(only(body).speaker()).isEqualTo("police");
  }

  @Test
  void aWishIsNoStatementEvenWithRang() {
    String body = "Người dân yêu cầu chính quyền trong tuần tới rằng phải sửa con đường trước mùa mưa.";

    assertThat(SeedQuotes.EXTRACTOR.extract(body)).isEmpty();
  }

  @Test
  void theNewsNamedAfterTheoAtTheEnd() {
    Quote quote = only("Hai người đã bị thương nhẹ trong vụ cháy chợ đêm qua, theo báo chí địa phương đưa tin.");

    assertThat(quote.speaker()).isEqualTo("báo chí địa phương");
    assertThat(quote.text()).startsWith("Hai người đã bị thương nhẹ");
  }

  @Test
  void aRuleAfterTheoIsNoSource() {
    String body = "Mỗi hộ gia đình chỉ được nuôi tối đa hai con chó, theo quy định mới của thành phố.";

    assertThat(SeedQuotes.EXTRACTOR.extract(body)).isEmpty();
  }

  @Test
  void aTimeAfterTheTrailingVerb() {
    Quote quote = only("Giá xăng sẽ tăng thêm 500 đồng mỗi lít từ tuần sau, tờ Tuổi Trẻ đưa tin hôm thứ Hai.");

    assertThat(quote.speaker()).contains("Tuổi Trẻ");
    assertThat(quote.text()).startsWith("Giá xăng sẽ tăng thêm 500 đồng");
  }

  @Test
  void aReportingVerbAfterWhatTheSubjectDid() {
    Quote quote = only("Cảnh sát giao thông đã kiểm tra chiếc xe tải tại hiện trường và cho biết tài xế có nồng độ cồn vượt mức.");

    assertThat(quote.speaker()).isEqualTo("Cảnh sát giao thông");
    assertThat(quote.text()).startsWith("tài xế có nồng độ cồn vượt mức");
  }

  @Test
  void aForeignMinisterIsASource() {
    Quote quote = only("Ngoại trưởng Lavrov cho biết Nga sẽ cử phái đoàn tới Geneva vào tuần tới.");

    assertThat(quote.speaker()).isEqualTo("Lavrov");
    assertThat(quote.role()).isEqualTo("Ngoại trưởng");
  }

  @Test
  void aNewspaperWhoseNameOpensLikeATimeAdverbIsASource() {
    Quote quote = only("Thời báo Hoàn Cầu cho biết Bắc Kinh sẽ cử phái đoàn tới Washington vào tuần tới.");

    assertThat(quote.speaker()).isEqualTo("Hoàn Cầu");
    assertThat(quote.role()).isEqualTo("Thời báo");
  }

  @Test
  void besidesOpensNoSubject() {
    String body = "Ngoài ra công ty cho biết sẽ mở thêm ba chi nhánh trong năm nay.";

    assertThat(SeedQuotes.EXTRACTOR.extract(body)).extracting(Quote::speaker).noneMatch(s -> s.startsWith("Ngoài"));
  }

  @Test
  void aNamedSubjectThatSpokeSomewhereThenSaid() {
    Quote quote = only("Ông Lê Văn Thành phát biểu tại hội nghị tổng kết của ngành, cho biết sản lượng lúa năm nay tăng 5%.");

    assertThat(quote.speaker()).isEqualTo("Lê Văn Thành");
    assertThat(quote.text()).isEqualTo("sản lượng lúa năm nay tăng 5%");
  }

  @Test
  void aCapitalThatOnlyOpensTheSentenceIsNoName() {
    String body = "Lúc đó trời đã tối, cho biết thêm là đường rất trơn và không có đèn chiếu sáng.";

    assertThat(SeedQuotes.EXTRACTOR.extract(body)).extracting(Quote::speaker).doesNotContain("Lúc");
  }

  @Test
  void anAuxiliaryBeforeTheVerbOfAClause() {
    Quote insisted = only("Triều Tiên muốn chính thức chấm dứt chiến tranh, nhưng Mỹ lại khăng khăng rằng Bình Nhưỡng phải "
        + "từ bỏ vũ khí hạt nhân trước.");
    Quote announced = only("Huấn luyện viên Park Hang-seo đã thông báo rằng đội tuyển sẽ tập trung vào ngày 2/9.");

    assertThat(insisted.speaker()).isEqualTo("Mỹ");
    assertThat(insisted.text()).startsWith("Bình Nhưỡng phải từ bỏ");
    assertThat(announced.speaker()).isEqualTo("Park Hang-seo");
    assertThat(announced.text()).startsWith("đội tuyển sẽ tập trung");
  }

  @Test
  void aPlanOrAnAgreementAfterTheoIsNoSource() {
    String plan = "Theo kế hoạch của thành phố, ba cây cầu mới sẽ được khởi công trong năm tới.";
    String contract = "Theo hợp đồng đã ký, phía đối tác sẽ giao 13 đoàn tàu trước tháng Sáu.";

    assertThat(SeedQuotes.EXTRACTOR.extract(plan)).isEmpty();
    assertThat(SeedQuotes.EXTRACTOR.extract(contract)).isEmpty();
  }

  @Test
  void aDescriptionThatOpensTheSentenceIsNoNameByItsCapital() {
    Quote quote = only("Thông tin từ Bộ Công Thương cho biết giá điện bán lẻ sẽ được giữ nguyên đến cuối năm.");

    assertThat(quote.speaker()).isEqualTo("Thông tin từ Bộ Công Thương");
  }

  @Test
  void aClauseBeforeTheVerbIsNoSpeaker() {
    String when = "Nhà lãnh đạo Indonesia dường như đã rướm nước mắt khi nói về tình cảnh của lao động Indonesia ở nước "
        + "ngoài. \" Họ là những người con của đất nước. Chúng ta phải đưa họ về nhà an toàn \".";
    String remarkable = "Chiều qua, mạng xã hội lan truyền đoạn clip ghi lại vụ việc, như báo Tiền Phong đưa tin. Đáng nói, dù "
        + "được mọi người can ngăn nhưng người đàn ông vẫn không chịu dừng lại.";

    assertThat(SeedQuotes.EXTRACTOR.extract(when)).extracting(Quote::speaker).noneMatch(s -> s.endsWith("khi"));
    assertThat(SeedQuotes.EXTRACTOR.extract(remarkable)).extracting(Quote::speaker).doesNotContain("Đáng");
  }

  @Test
  void whomItWasToldToIsNoPartOfTheStatement() {
    Quote quote = only("Ông Nguyễn Văn Nhật thông báo với các phóng viên rằng bộ đã quyết định tạm dừng thu phí tại trạm.");

    assertThat(quote.speaker()).isEqualTo("Nguyễn Văn Nhật");
    assertThat(quote.text()).isEqualTo("bộ đã quyết định tạm dừng thu phí tại trạm");
  }
}
