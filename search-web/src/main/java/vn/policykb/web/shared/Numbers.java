package vn.policykb.web.shared;

/** Whole-number parameters read strictly: a bad one is a 400 that names it. */
public final class Numbers {

  private Numbers() {}

  public static int parameter(String name, String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was \"" + value + "\"");
    }
  }
}
