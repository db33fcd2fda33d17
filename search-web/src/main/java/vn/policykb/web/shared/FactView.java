package vn.policykb.web.shared;

import vn.policykb.kb.Citation;
import vn.policykb.kb.Fact;

/**
 * A registry fact as the API and pages show it: the value and its mark. {@code verified} facts
 * name the bundled article that states them and its words; {@code unverified} ones come from
 * general knowledge and are shown as such.
 *
 * @param status {@code verified} or {@code unverified}
 */
public record FactView(String value, String status, String source, String quote, String note) {

  public static FactView of(Fact fact) {
    return fact == null ? null : of(fact.value(), fact.citation());
  }

  public static FactView of(String value, Citation citation) {
    return new FactView(value, citation.verified() ? "verified" : "unverified", citation.source(), citation.quote(),
        citation.note());
  }

  public boolean verified() {
    return "verified".equals(status);
  }
}
