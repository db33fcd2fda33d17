package vn.policykb.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleFileTest {

  private final Problems problems = new Problems();

  @Test
  void readsAPersonWithAliasesShortFormsAndRoles() {
    List<Person> people = PeopleFile.read("""
        people:
          - id: nguyen-van-thang
            name: Nguyễn Văn Thắng
            aliases:
              en: [Nguyen Van Thang, Minister Thang]
              vi: Bộ trưởng Thắng
            shortForms: [Thắng]
            roles:
              - title: {en: Minister of Finance, vi: Bộ trưởng Bộ Tài chính}
                body: ministry-of-finance
                period: "2025-02 –"
                status: unverified
            note: a remark
        """, problems);

    assertThat(problems.all()).isEmpty();
    Person thang = people.getFirst();
    assertThat(thang.names()).containsExactly("Nguyễn Văn Thắng", "Nguyen Van Thang", "Minister Thang", "Bộ trưởng Thắng");
    assertThat(thang.shortForms()).containsExactly("Thắng");
    assertThat(thang.roles()).singleElement().satisfies(role -> {
      assertThat(role.title()).isEqualTo(new Bilingual("Minister of Finance", "Bộ trưởng Bộ Tài chính"));
      assertThat(role.body()).isEqualTo("ministry-of-finance");
      assertThat(role.period()).isEqualTo("2025-02 –");
      assertThat(role.citation().verified()).isFalse();
    });
    assertThat(thang.note()).isEqualTo("a remark");
  }

  @Test
  void aPersonNeedsANameAndARoleAndEachRoleATitleAndEvidence() {
    List<Person> people = PeopleFile.read("""
        people:
          - id: no-name
            roles: [{title: {en: Minister}, status: unverified}]
          - id: no-roles
            name: Someone
          - id: bad-role
            name: Someone Else
            roles:
              - title: {vi: Bộ trưởng}
                status: unverified
              - title: {en: Minister}
                status: maybe
                office: somewhere
        """, problems);

    assertThat(problems.all()).containsExactly(
        "people.yaml: 'no-name' (people #1): missing required field 'name'",
        "people.yaml: 'no-roles' (people #2): missing required field 'roles' (at least one role)",
        "people.yaml: 'bad-role' (people #3) > roles[0] > title: missing required field 'en'",
        "people.yaml: 'bad-role' (people #3) > roles[1]: status must be 'verified' or 'unverified', not 'maybe'",
        "people.yaml: 'bad-role' (people #3) > roles[1]: unknown field 'office'");
    assertThat(people).as("an entry with an id and a name is kept, without the roles that are invalid")
        .extracting(Person::id).containsExactly("no-roles", "bad-role");
    assertThat(people.get(1).roles()).isEmpty();
  }
}
