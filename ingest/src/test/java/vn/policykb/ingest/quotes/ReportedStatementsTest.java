package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

class ReportedStatementsTest {

  private static final String BODY = "Tổng Bí thư Tô Lâm nhấn mạnh rằng kinh tế tư nhân là động lực quan trọng nhất của nền kinh tế.";

  @Test
  void aReportingVerbWithoutQuoteMarksMakesAReportedStatement() {
    List<Quote> quotes = find(BODY, new CoveredRanges());

    assertThat(quotes).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(QuoteKind.REPORTED);
      assertThat(q.speakerId()).isEqualTo("to-lam");
      assertThat(q.text()).isEqualTo("kinh tế tư nhân là động lực quan trọng nhất của nền kinh tế");
    });
  }

  @Test
  void aPluralSourceSaysAtTheEndOfTheSentence() {
    String body = "More than 820,000 people are affected in the country, health officials say.";

    assertThat(find(body, new CoveredRanges())).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("health officials");
      assertThat(q.text()).isEqualTo("More than 820,000 people are affected in the country");
    });
  }

  @Test
  void aSentenceADirectQuoteCoversHoldsNone() {
    CoveredRanges covered = new CoveredRanges();
    covered.add(0, 10);

    assertThat(find(BODY, covered)).isEmpty();
  }

  @Test
  void aSubjectPronounAndAnAuxiliaryAfterTheVerbBeginTheReportedClause() {
    String en = "On Saturday, Oriol Junqueras, one of nine Catalan leaders in jail since last year, announced he would "
        + "run in European Parliament elections next year.";
    String vi = "Vào thứ Bảy, Oriol Junqueras, một trong chín nhà lãnh đạo Catalan trong nhà tù, tuyên bố ông sẽ ra tranh "
        + "cử trong cuộc bầu cử Nghị viện châu Âu vào năm tới.";

    assertThat(find(en, new CoveredRanges())).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Oriol Junqueras");
      assertThat(q.text()).startsWith("he would run in European Parliament elections");
    });
    assertThat(find(vi, new CoveredRanges())).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Oriol Junqueras");
      assertThat(q.text()).startsWith("ông sẽ ra tranh cử");
    });
  }

  @Test
  void aRequestToSomeoneIsNoStatement() {
    assertThat(find("Bộ trưởng Nguyễn Văn Bình yêu cầu họ phải hoàn thành công trình trước tháng 6.", new CoveredRanges()))
        .isEmpty();
  }

  @Test
  void aSentenceAdverbBeforeAParentheticalCueStillLeavesAStatement() {
    String body = "Instead, Ri noted, the U.S. is continuing sanctions aimed at keeping up pressure.";

    assertThat(find(body, new CoveredRanges())).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Ri");
      assertThat(q.text()).contains("the U.S. is continuing sanctions");
    });
  }

  @Test
  void statementsFoundAgainForAnotherResolverAreThoseFoundAfreshForIt() {
    String body = "Ông Nguyễn Văn Thắng cho biết kinh tế tư nhân tăng trưởng mạnh trong quý ba. "
        + "Ông nói thêm rằng các doanh nghiệp nhỏ cần vốn nhiều hơn, nhất là ở nông thôn.\n"
        + "Thị trường sẽ phục hồi vào năm tới, Tổng Bí thư Tô Lâm nhấn mạnh.";
    CoveredRanges secondPass = new CoveredRanges();
    secondPass.add(0, 20);
    ReportedStatements statements = ReportedStatements.of(body);

    List<Quote> first = statements.find(resolver(body), new CoveredRanges());
    List<Quote> again = statements.find(resolver(body), secondPass);

    assertThat(first).hasSize(3);
    assertThat(again).isEqualTo(find(body, secondPass)).hasSize(2);
    assertThat(again).extracting(Quote::speaker).last().isEqualTo("Tô Lâm");
  }

  private static SpeakerResolver resolver(String body) {
    return new SpeakerResolver(body, SeedQuotes.PEOPLE.mentions(body));
  }

  private static List<Quote> find(String body, CoveredRanges covered) {
    return ReportedStatements.find(body, resolver(body), covered);
  }
}
