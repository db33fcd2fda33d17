package vn.policykb.index;

import java.util.Locale;

/** How a text gives a person's words. */
public enum QuoteKind {
  /** Their own words, between quote marks. */
  DIRECT,
  /** What they said in the writer's words, without quote marks ({@code Tổng Bí thư nhấn mạnh, …}). */
  REPORTED;

  /** {@code direct} or {@code reported}: how the index and the API write the kind. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static QuoteKind fromLabel(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT));
  }
}
