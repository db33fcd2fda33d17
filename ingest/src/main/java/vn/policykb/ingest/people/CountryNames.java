package vn.policykb.ingest.people;

import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.policykb.kb.LookupKey;

/**
 * The names of the world's countries in English and Vietnamese, ICU's display names of
 * {@code ULocale.getISOCountries()}, as lookup keys: what opens a sentence or a name without being
 * a person ({@code New Zealand has …}, {@code Tổng thống Mỹ Donald Trump}).
 */
public final class CountryNames {

  /** Whole names. {@code Mỹ} is how Vietnamese news names the United States; ICU's name is {@code Hoa Kỳ}. */
  private static final Set<String> NAMES;
  /** Every word of those names, and the short forms news writes. */
  private static final Set<String> WORDS;

  static {
    Set<String> names = new HashSet<>(Set.of("my"));
    Set<String> words = new HashSet<>(Set.of("my", "uk", "us", "eu"));
    for (String region : ULocale.getISOCountries()) {
      ULocale country = new ULocale("", region);
      for (String language : List.of("en", "vi")) {
        String name = country.getDisplayCountry(new ULocale(language));
        names.add(LookupKey.of(name));
        Word.of(name).forEach(w -> words.add(w.key()));
      }
    }
    NAMES = Set.copyOf(names);
    WORDS = Set.copyOf(words);
  }

  private CountryNames() {}

  /** Whether a phrase's lookup key is a country's name. */
  public static boolean isName(String key) {
    return NAMES.contains(key);
  }

  /** Whether a word's lookup key is a word of a country's name. */
  public static boolean isWord(String key) {
    return WORDS.contains(key);
  }
}
