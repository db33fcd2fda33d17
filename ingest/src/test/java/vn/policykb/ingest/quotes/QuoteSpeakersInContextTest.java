package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

/**
 * Speakers that the quote's own cue does not name: a pronoun or a description after a person a
 * reported statement named, a subject after an introductory phrase, cues a few words away.
 */
class QuoteSpeakersInContextTest {

  @Test
  void aPronounAfterAReportedStatementIsThePersonItNamed() {
    String body = "The ward was full by noon.\nMaria Lopez, a nurse at the city hospital, said the staff had not slept "
        + "for two days.\n\"We are working double shifts and there is no end in sight,\" she said.";

    assertThat(SeedQuotes.direct(body)).singleElement().satisfies(quote -> {
      assertThat(quote.text()).startsWith("We are working double shifts");
      assertThat(quote.speaker()).isEqualTo("Maria Lopez");
    });
  }

  @Test
  void anAgeBeforeTheAppositionKeepsTheSubject() {
    String body = "Tom Brennan, 54, a fisherman from Galway, said the season had been the worst he could remember.";

    assertThat(SeedQuotes.EXTRACTOR.extract(body)).singleElement().satisfies(quote -> {
      assertThat(quote.kind()).isEqualTo(QuoteKind.REPORTED);
      assertThat(quote.speaker()).isEqualTo("Tom Brennan");
      assertThat(quote.text()).startsWith("the season had been the worst");
    });
  }

  @Test
  void aSurnameAloneThatSpokeIsWhomHeRefersTo() {
    String body = "\"We will not back down,\" Halloran said at the rally.\nThe crowd cheered.\n"
        + "\"This is only the beginning of the campaign,\" he told reporters.";

    assertThat(SeedQuotes.direct(body)).extracting(Quote::speaker).containsExactly("Halloran", "Halloran");
  }

  @Test
  void anIntroductoryPhraseBeforeTheSubjectIsNoSpeaker() {
    String body = "Phát biểu tại hội nghị tổng kết năm, ông Trần Văn Bình nhấn mạnh: “Chúng ta phải hoàn thành dự án "
        + "cầu cảng trong năm nay.”";

    assertThat(SeedQuotes.direct(body)).singleElement().satisfies(quote -> {
      assertThat(quote.speaker()).isEqualTo("Trần Văn Bình");
      assertThat(quote.text()).startsWith("Chúng ta phải hoàn thành");
    });
  }

  @Test
  void aStraightMarkClosesACurlyQuoteWhereTheMarksAreMixed() {
    String body = "“Chúng tôi sẽ làm rõ trách nhiệm của từng đơn vị \", ông Lê Quang Hải nói. "
        + "“Không có vùng cấm trong việc này”, vị lãnh đạo cho biết.";

    List<Quote> quotes = SeedQuotes.direct(body);

    assertThat(quotes).extracting(Quote::text)
        .containsExactly("Chúng tôi sẽ làm rõ trách nhiệm của từng đơn vị", "Không có vùng cấm trong việc này");
    // "vị lãnh đạo" is the person just quoted, not a name
    assertThat(quotes).extracting(Quote::speaker).containsExactly("Lê Quang Hải", "Lê Quang Hải");
    assertThat(body.substring(quotes.getFirst().start(), quotes.getFirst().end())).isEqualTo(quotes.getFirst().text());
  }

  @Test
  void aFewWordsBetweenTheQuoteAndItsCue() {
    String body = "“Chúng tôi sẽ tiếp tục hỗ trợ” người dân vùng lũ, ông Nguyễn Minh Tâm nói với phóng viên.";

    assertThat(SeedQuotes.direct(body)).singleElement().satisfies(quote -> {
      assertThat(quote.text()).isEqualTo("Chúng tôi sẽ tiếp tục hỗ trợ");
      assertThat(quote.speaker()).isEqualTo("Nguyễn Minh Tâm");
    });
  }

  @Test
  void aLongRoleBeforeANameAfterATimePhrase() {
    String body = "Chiều 12/3, giám đốc bệnh viện đa khoa tỉnh Nghệ An Phan Văn Hòa cho biết bệnh viện đã tiếp nhận "
        + "30 ca ngộ độc.";

    assertThat(SeedQuotes.EXTRACTOR.extract(body)).singleElement().satisfies(quote -> {
      assertThat(quote.kind()).isEqualTo(QuoteKind.REPORTED);
      assertThat(quote.speaker()).isEqualTo("Phan Văn Hòa");
      assertThat(quote.text()).startsWith("bệnh viện đã tiếp nhận 30 ca");
    });
  }

  @Test
  void aBodyOrADescriptionIsNoPersonAPronounRefersTo() {
    assertThat(PersonalNames.looksPersonal("Trump", "trump")).isTrue();
    assertThat(PersonalNames.looksPersonal("Narcis Termes", "narcis termes")).isTrue();
    assertThat(PersonalNames.looksPersonal("Cường", "ong cuong")).isTrue();
    assertThat(PersonalNames.looksPersonal("Catalan", "nha chuc trach catalan")).isFalse();
    assertThat(PersonalNames.looksPersonal("The Baton Rouge Police Department", "the baton rouge police department")).isFalse();
    assertThat(PersonalNames.looksPersonal("Sở Cảnh Sát Newport", "so canh sat newport")).isFalse();
    assertThat(PersonalNames.looksPersonal("BPPT", "bppt")).isFalse();
  }
  @Test
  void aRoleAfterANameAndADashIsTheRole() {
    String body = "Ông Lê Văn Sáu - chủ một xưởng mộc ở làng nghề cho biết: “Đơn hàng năm nay giảm gần một nửa so với năm ngoái.”";

    assertThat(SeedQuotes.direct(body)).singleElement().satisfies(quote -> {
      assertThat(quote.speaker()).isEqualTo("Lê Văn Sáu");
      assertThat(quote.role()).isEqualTo("chủ một xưởng mộc ở làng nghề");
    });
  }

  @Test
  void aSpeakerNamedAgainAsASubjectIsWhomALaterPronounRefersTo() {
    String body = "Halloran said the talks had gone well.\nNorth Korea's top diplomat Ri Yong Ho told delegates at the "
        + "U.N. General Assembly that the North saw no progress.\nHalloran took a much more hopeful view in his speech.\n"
        + "\"We are doing great with them,\" he said.";

    assertThat(SeedQuotes.direct(body)).singleElement().satisfies(quote -> assertThat(quote.speaker()).isEqualTo("Halloran"));
  }

  @Test
  void aNameInsideAPhraseIsNoNewSubjectForAPronoun() {
    String body = "Halloran said the talks had gone well.\nMaria Lopez, a nurse at the city hospital, said the staff had "
        + "not slept for two days.\nThe Halloran campaign sent food to the ward.\n"
        + "\"We are working double shifts and there is no end in sight,\" she said.";

    assertThat(SeedQuotes.direct(body)).singleElement().satisfies(quote -> assertThat(quote.speaker()).isEqualTo("Maria Lopez"));
  }

  @Test
  void aDescriptionOfOnePersonIsWhomALaterPronounRefersToButAGroupIsNot() {
    String en = "Wayne Barrow said a pig had pinned him to his tractor.\nOne Manitoba farmer told CBC News that pigs are "
        + "not normally aggressive.\n\"They're just being playful and very inquisitive,\" he said.";
    String vi = "Ông Wayne Barrow cho biết ông bị lợn đè vào máy kéo. Một nông dân Manitoba chia sẻ rằng lợn thường không "
        + "hung tợn. “Chúng chỉ muốn gần gũi và rất tò mò”, ông ta cho biết.";
    String group = "Wayne Barrow said a pig had pinned him to his tractor.\nOfficials said that pigs are not normally "
        + "aggressive.\n\"They're just being playful and very inquisitive,\" he said.";

    assertThat(SeedQuotes.direct(en)).singleElement().satisfies(quote -> assertThat(quote.speaker()).contains("Manitoba"));
    assertThat(SeedQuotes.direct(vi)).singleElement().satisfies(quote -> assertThat(quote.speaker()).contains("Manitoba"));
    assertThat(SeedQuotes.direct(group)).singleElement().satisfies(quote -> assertThat(quote.speaker()).isEqualTo("Wayne Barrow"));
  }
}
