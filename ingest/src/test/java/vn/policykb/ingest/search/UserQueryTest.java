package vn.policykb.ingest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.ingest.search.UserQuery.Clause;

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
}
