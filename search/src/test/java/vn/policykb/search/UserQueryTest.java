package vn.policykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.search.UserQuery.Clause;

class UserQueryTest {

  @Test
  void splitsWordsAndPhrases() {
    assertThat(UserQuery.parse("to lam \"đổi mới sáng tạo\" -Korea").clauses()).containsExactly(
        new Clause("to", false, false),
        new Clause("lam", false, false),
        new Clause("đổi mới sáng tạo", true, false),
        new Clause("Korea", false, true));
  }

  @Test
  void aPastedTextKeepsItsDashesQuotesAndColonsAsText() {
    String pasted = "The event marked the first of its kind to establish a strategic cooperation framework centred on"
        + " three key growth drivers -science and technology, innovation, and digital transformation. In his speech,"
        + " General Secretary Lâm cited the RoK’s “Miracle on the Han River” as proof: lang:en source:x";
    UserQuery query = UserQuery.parse(pasted);
    assertThat(query.clauses()).hasSize(pasted.split(" ").length)
        .allMatch(clause -> !clause.phrase() && !clause.excluded())
        .contains(new Clause("-science", false, false), new Clause("“Miracle", false, false), new Clause("lang:en", false, false));
    assertThat(query.filters()).isEmpty();
    // typed syntax of a short query is still read
    assertThat(UserQuery.parse("drivers -science lang:en").clauses()).contains(new Clause("science", false, true));
  }

  @Test
  void readsTypographicQuotes() {
    assertThat(UserQuery.parse("“kinh tế tư nhân”").clauses())
        .containsExactly(new Clause("kinh tế tư nhân", true, false));
  }

  @Test
  void anUnbalancedQuoteIsText() {
    assertThat(UserQuery.parse("\"to lam").clauses())
        .containsExactly(new Clause("\"to", false, false), new Clause("lam", false, false));
    assertThat(UserQuery.parse("\"").clauses()).containsExactly(new Clause("\"", false, false));
  }

  @Test
  void aLoneDashIsText() {
    assertThat(UserQuery.parse("a - b").clauses()).extracting(Clause::excluded).containsExactly(false, false, false);
  }

  @Test
  void nothingTypedHasNoClauses() {
    assertThat(UserQuery.parse("   ").clauses()).isEmpty();
    assertThat(UserQuery.parse(null).clauses()).isEqualTo(List.of());
  }

  @Test
  void orJoinsAClauseToTheOneBefore() {
    UserQuery q = UserQuery.parse("dế OR dê núi");
    assertThat(q.alternatives()).extracting(g -> g.stream().map(Clause::text).toList())
        .containsExactly(List.of("dế", "dê"), List.of("núi"));
  }

  @Test
  void aDanglingOrOrLowerCaseOrIsAWord() {
    assertThat(UserQuery.parse("OR dế").clauses()).extracting(Clause::text).containsExactly("OR", "dế");
    assertThat(UserQuery.parse("dế OR").clauses()).extracting(Clause::text).containsExactly("dế", "OR");
    assertThat(UserQuery.parse("dế or dê").alternatives()).hasSize(3);
  }

  @Test
  void knownFieldsWithValidValuesAreFilters() {
    UserQuery q = UserQuery.parse("kinh tế lang:vi nq:68 nguon:\"Tuổi Trẻ\" date:2025-01..2025-06 from:1/8/2014");
    assertThat(q.clauses()).extracting(Clause::text).containsExactly("kinh", "tế");
    assertThat(q.filters()).containsExactly(
        new QueryFilter.Lang("vi"),
        new QueryFilter.Resolution("68"),
        new QueryFilter.Source("Tuổi Trẻ"),
        new QueryFilter.DateRange(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 6, 30)),
        new QueryFilter.DateRange(java.time.LocalDate.of(2014, 8, 1), null));
  }

  @Test
  void resolutionNumbersAcceptTheirCommonSpellings() {
    for (String typed : List.of("resolution:57", "resolution:57-NQ/TW", "nq:57/NQ-TW", "nghiquyet:057")) {
      assertThat(UserQuery.parse(typed).filters()).as(typed).containsExactly(new QueryFilter.Resolution("57"));
    }
  }

  @Test
  void malformedFiltersStayText() {
    for (String typed : List.of("date:yesterday", "date:2025-13", "date:2025-02-30", "date:2026..2025",
        "lang:fr", "resolution:abc", "foo:bar", "http://example.vn", "TP.HCM:", "date:..")) {
      UserQuery q = UserQuery.parse(typed);
      assertThat(q.filters()).as(typed).isEmpty();
      assertThat(q.clauses()).as(typed).extracting(Clause::text).containsExactly(typed);
    }
  }

  @Test
  void anExcludedFilterIsText() {
    UserQuery q = UserQuery.parse("-lang:en");
    assertThat(q.filters()).isEmpty();
    assertThat(q.excluded()).extracting(Clause::text).containsExactly("lang:en");
  }
}
