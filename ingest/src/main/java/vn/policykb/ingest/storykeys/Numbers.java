package vn.policykb.ingest.storykeys;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text writes, as values: English groups thousands with commas and marks decimals
 * with a point ({@code 5,000}, {@code 2.4%}), Vietnamese the other way round ({@code 5.000},
 * {@code 2,4%}), so both spellings give the same value ({@code 5000}, {@code 2.4}).
 */
public final class Numbers {

  // each starts with a look at the next character for a digit, the cheapest test at each place
  private static final Pattern ENGLISH = Pattern.compile("(?=\\d)(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\p{N}])");
  private static final Pattern VIETNAMESE = Pattern.compile("(?=\\d)(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(,\\d+)?(?![\\p{N}])");

  /** Whole numbers below this say little on their own: two texts share them by chance. */
  private static final int SMALLEST_WHOLE = 10;

  private Numbers() {}

  /** Distinct values in plain notation ({@code 5000}, {@code 2.4}, {@code 2019}). */
  public static Set<String> values(String text, String lang) {
    boolean vietnamese = "vi".equals(lang);
    Matcher m = (vietnamese ? VIETNAMESE : ENGLISH).matcher(text);
    Set<String> values = new LinkedHashSet<>();
    while (m.find()) {
      String whole = m.group(1).replace(vietnamese ? "." : ",", "");
      String fraction = m.group(2) == null ? "" : "." + m.group(2).substring(1);
      BigDecimal value;
      try {
        value = new BigDecimal(whole + fraction).stripTrailingZeros();
      } catch (NumberFormatException e) {
        continue;
      }
      if (fraction.isEmpty() && value.compareTo(BigDecimal.valueOf(SMALLEST_WHOLE)) < 0) {
        continue;
      }
      values.add(value.toPlainString());
    }
    return values;
  }
}
