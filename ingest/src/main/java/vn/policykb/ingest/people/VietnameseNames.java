package vn.policykb.ingest.people;

import java.util.Locale;
import java.util.Set;
import vn.policykb.analysis.TextNormalization;

/**
 * What makes a run of capitalized words a Vietnamese personal name: a known surname first, two to
 * four syllables, and not one of the places that share a surname's spelling.
 */
final class VietnameseNames {

  /** Surnames as written with their marks, lower case. */
  private static final Set<String> SURNAMES = Set.of(
      "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
      "dương", "lý", "đinh", "trương", "đoàn", "lương", "trịnh", "đào", "tạ", "vương", "lưu", "thái", "kiều",
      "tống", "nông", "chu", "quách", "triệu", "phùng", "lại", "khúc", "tôn", "âu", "diệp", "mạc", "thạch",
      "hà", "lâm", "cao", "mai", "tô", "hứa", "lục", "đàm", "mẫn", "từ", "tăng");

  /**
   * Surnames that are also common words or place names when two syllables long ({@code Hồ Tây} a
   * lake, {@code Hà Nội} a city, {@code Cao Bằng}): a name with one of them needs three syllables.
   */
  private static final Set<String> AMBIGUOUS_SURNAMES = Set.of(
      "hồ", "lý", "hà", "lâm", "cao", "mai", "tô", "từ", "thái", "chu", "âu", "mạc",
      "thạch", "đào", "lục", "mẫn", "tăng", "lại", "tống", "kiều", "diệp", "hứa", "đàm", "khúc", "phùng", "tôn");

  /** Names of places, streets and things that read like personal names. */
  private static final Set<String> NOT_PEOPLE = Set.of(
      "hoàng sa", "phan thiết", "phan rang", "lý sơn", "hồ chí minh city", "lê chân", "nguyễn huệ street",
      "hồ gươm", "hồ tây", "hoàng mai", "vũng tàu", "trần phú street");

  /** Words before a name that make it the name of a place, a street or an institution. */
  private static final Set<String> PLACE_WORDS = Set.of(
      "đường", "phố", "phường", "quận", "huyện", "xã", "tỉnh", "thành phố", "tp", "cầu", "sân", "trường", "thpt",
      "thcs", "bệnh viện", "giải", "hẻm", "ngõ", "làng", "chợ", "street", "road", "district", "province", "city",
      "bridge", "hall", "school", "university", "avenue", "hospital", "thị xã", "đại lộ", "công ty");

  /** Words after a name that make it a place or institution. */
  private static final Set<String> PLACE_SUFFIXES = Set.of(
      "street", "road", "city", "province", "district", "avenue", "university", "school", "bridge", "hospital",
      "company", "corporation", "group", "foundation");

  private VietnameseNames() {}

  static boolean isSurname(String word) {
    String lower = lower(word);
    if (SURNAMES.contains(lower)) {
      return true;
    }
    // unaccented writing, as English texts name Vietnamese people: match the folded surnames
    return isAscii(word) && FOLDED_SURNAMES.contains(lower);
  }

  static boolean needsThreeSyllables(String surname) {
    String lower = lower(surname);
    return AMBIGUOUS_SURNAMES.contains(lower) || (isAscii(surname) && FOLDED_AMBIGUOUS.contains(lower));
  }

  static boolean isPlace(String name) {
    return NOT_PEOPLE.contains(lower(name));
  }

  static boolean isPlaceWord(String word) {
    return PLACE_WORDS.contains(lower(word));
  }

  static boolean isPlaceSuffix(String word) {
    return PLACE_SUFFIXES.contains(lower(word));
  }

  /** Every syllable of a Vietnamese name is a capitalized word of letters only. */
  static boolean isSyllable(Word word) {
    return word.capitalized() && word.text().length() <= 7 && word.text().codePoints().allMatch(Character::isLetter)
        && !word.text().substring(1).codePoints().anyMatch(Character::isUpperCase);
  }

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final Set<String> FOLDED_SURNAMES = fold(SURNAMES);
  private static final Set<String> FOLDED_AMBIGUOUS = fold(AMBIGUOUS_SURNAMES);

  private static Set<String> fold(Set<String> names) {
    return Set.copyOf(names.stream().map(n -> vn.policykb.kb.LookupKey.of(n)).toList());
  }

  private static boolean isAscii(String word) {
    return word.chars().allMatch(c -> c < 128);
  }

  private static String lower(String text) {
    String lower = TextNormalization.nfc(text).toLowerCase(Locale.ROOT).strip();
    return lower.indexOf(' ') < 0 && lower.indexOf('\t') < 0 && lower.indexOf('\n') < 0
        ? lower : WHITESPACE.matcher(lower).replaceAll(" ");
  }
}
