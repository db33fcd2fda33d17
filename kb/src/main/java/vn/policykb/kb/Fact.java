package vn.policykb.kb;

/** A value with its evidence. */
public record Fact(String value, Citation citation) {

  public boolean verified() {
    return citation.verified();
  }
}
