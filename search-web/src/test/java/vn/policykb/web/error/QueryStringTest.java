package vn.policykb.web.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryStringTest {

  @Test
  void decodesEscapedUtf8AndPlusAsSpace() {
    assertThat(QueryString.parse("q=t%E1%BB%95ng+c%C3%B4ng&&lang=vi&", 10).parameters()).containsExactly(
        new QueryString.Parameter("q", "tổng công"), new QueryString.Parameter("lang", "vi"));
  }

  @Test
  void refusesBytesThatAreNotUtf8NamingTheParameter() {
    for (String bad : new String[] {"%ED%A0%80", "%C3%28", "%FF", "%C0%AF"}) {
      assertThatThrownBy(() -> QueryString.parse("page=1&q=" + bad, 10))
          .isInstanceOfSatisfying(QueryString.Refused.class, e -> assertThat(e.parameter()).isEqualTo("q"))
          .hasMessageContaining("UTF-8");
    }
  }

  @Test
  void refusesMalformedEscapesAndNamelessParameters() {
    assertThatThrownBy(() -> QueryString.parse("q=%", 10)).hasMessageContaining("malformed percent-escape");
    assertThatThrownBy(() -> QueryString.parse("q=%zz", 10)).hasMessageContaining("malformed percent-escape");
    assertThatThrownBy(() -> QueryString.parse("%C3=1", 10)).hasMessageContaining("a parameter name");
    assertThatThrownBy(() -> QueryString.parse("=.", 10)).hasMessageContaining("no name");
  }

  @Test
  void refusesTooManyParametersAndTooLongValues() {
    assertThat(QueryString.parse("a=1&b=2&c=3", 3).parameters()).hasSize(3);
    assertThatThrownBy(() -> QueryString.parse("a=1&b=2&c=3&d=4", 3)).hasMessage("the address has more than 3 parameters");
    String longest = "x".repeat(QueryString.MAX_VALUE_LENGTH);
    assertThat(QueryString.parse("q=" + longest, 1).parameters()).hasSize(1);
    assertThatThrownBy(() -> QueryString.parse("q=" + longest + "x", 1))
        .hasMessage("parameter 'q' is longer than 2000 characters");
  }
}
