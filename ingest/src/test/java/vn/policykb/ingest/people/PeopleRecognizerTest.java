package vn.policykb.ingest.people;

import vn.policykb.index.MentionedPerson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.kb.KnowledgeBase;

class PeopleRecognizerTest {

  private static final PeopleRecognizer PEOPLE =
      new PeopleRecognizer(KnowledgeBase.load(Path.of("..", "corpus", "kb")));

  @Test
  void registryPeopleAreFoundByAnyAliasWithoutDiacritics() {
    List<MentionedPerson> people = PEOPLE.people("General Secretary To Lam met the press.");

    assertThat(people).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("to-lam");
      assertThat(p.name()).isEqualTo("Tô Lâm");
    });
  }

  @Test
  void aBareTitleNamesTheRegistryPersonOnlyWhenTheTextNamesThemInFull() {
    assertThat(PEOPLE.people("Tổng Bí thư phát biểu tại hội nghị.")).isEmpty();
    assertThat(PEOPLE.people("Tổng Bí thư Tô Lâm đến Seoul. Tổng Bí thư phát biểu."))
        .singleElement().satisfies(p -> assertThat(p.mentions()).hasSize(2));
  }

  @Test
  void vietnameseNamesOutsideTheRegistryAreRecognisedBySurname() {
    List<MentionedPerson> people = PEOPLE.people("Ông Trần Văn Hải, Chủ tịch xã, cho biết. Sau đó Hải nói thêm.");

    assertThat(people).singleElement().satisfies(p -> {
      assertThat(p.id()).isNull();
      assertThat(p.name()).isEqualTo("Trần Văn Hải");
      assertThat(p.mentions()).hasSize(2);
    });
  }

  @Test
  void placesThatShareASurnameAreNotPeople() {
    assertThat(PEOPLE.people("Họ đến Hà Nội, rồi ra Lý Sơn và đường Lê Lợi ở thành phố Hồ Chí Minh.")).isEmpty();
  }

  @Test
  void englishTitlesIntroduceNames() {
    assertThat(PEOPLE.people("Dr. Grigory Trubnikov and Chairman Peter Holm spoke."))
        .extracting(MentionedPerson::name)
        .containsExactly("Grigory Trubnikov", "Peter Holm");
  }

  @Test
  void aSurnameAfterAnotherFirstNameIsAnotherPerson() {
    List<MentionedPerson> people = PEOPLE.people(
        "Đệ nhất phu nhân, bà Melania Trump, đến Paris. Tổng thống Mỹ Donald Trump ở lại Washington. "
            + "Sau đó bà Trump thăm một bệnh viện.");

    assertThat(people).extracting(MentionedPerson::name).containsExactly("Melania Trump", "Donald Trump");
    assertThat(people.getFirst().mentions()).hasSize(2);
  }

  @Test
  void anHonorificOfTheOtherGenderIsNotThePersonNamedInFull() {
    List<PersonMention> mentions = PEOPLE.mentions("Bà Laura Mendes đến thăm trường. Ông Mendes, chồng bà, cho biết "
        + "gia đình sẽ ở lại đến cuối tuần.");

    assertThat(mentions).extracting(PersonMention::name).containsExactly("Laura Mendes", "Mendes");
  }

  @Test
  void aWordOpeningASentenceIsNoFirstName() {
    List<PersonMention> mentions = PEOPLE.mentions("Senator Laura Mendes arrived late, and then left early. "
        + "Then Mendes spoke to reporters.");

    assertThat(mentions).extracting(PersonMention::name).containsExactly("Laura Mendes", "Laura Mendes");
  }
}
