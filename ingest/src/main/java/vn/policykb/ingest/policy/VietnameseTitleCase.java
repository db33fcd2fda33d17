package vn.policykb.ingest.policy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykb.analysis.encoding.VietnameseSyllable;

/**
 * Turns a title printed in capitals ({@code VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ…}) into
 * sentence case. Lower-casing every word is right for most of a Vietnamese title; what must stay
 * capitalized is found by rule: acronyms, which are no Vietnamese syllable ({@code ASEAN},
 * {@code UBND}, {@code KH&CN}) or carry digits ({@code COVID-19}); Roman numerals of a term
 * ({@code khóa XIII}); the names of the state and Party bodies, places and laws that recur in
 * titles ({@code Việt Nam}, {@code Bộ Chính trị}, {@code Luật Đất đai}).
 */
final class VietnameseTitleCase {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** Acronyms that happen to spell a Vietnamese syllable. */
  private static final Set<String> SYLLABLE_ACRONYMS = Set.of("AI", "UN", "IT", "TV", "VAT", "GIS");

  private static final Pattern ROMAN = Pattern.compile("^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$");
  private static final Set<String> BEFORE_ROMAN =
      Set.of("khóa", "khoá", "thứ", "phần", "chương", "mục", "đại hội", "lần");

  /** Names as they are written, found in lower-cased text; longer names first. */
  private static final List<String> NAMES = List.of(
      "Đảng Cộng sản Việt Nam", "Mặt trận Tổ quốc Việt Nam", "Ban Chấp hành Trung ương Đảng",
      "Ban Chấp hành Trung ương",
      "Thành phố Hồ Chí Minh", "Thủ tướng Chính phủ", "Bộ Chính trị", "Ban Bí thư",
      "Quốc hội", "Chính phủ", "Hồ Chí Minh", "Việt Nam", "Hà Nội", "Hải Phòng", "Đà Nẵng",
      "Cần Thơ", "Huế", "sông Cửu Long", "sông Hồng", "Đông Nam Á", "Liên hợp quốc", "Tây Nguyên",
      "Trung ương Đảng");

  private static final List<Pattern> NAME_PATTERNS = NAMES.stream()
      .map(name -> Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])"
          + Pattern.quote(name.toLowerCase(VIETNAMESE)) + "(?![\\p{L}\\p{M}\\p{N}])"))
      .toList();

  /**
   * {@code luật} after these words names a law ({@code của Luật Đầu tư}, {@code thi hành Luật
   * Đất đai}); elsewhere it is the common noun ({@code pháp luật}, {@code xây dựng luật}).
   */
  private static final Pattern LAW_NAME = Pattern.compile(
      "(?<=(?:^|\\s)(?:của|hành|theo|tại|đổi|sửa đổi|bổ sung|dự án|dự thảo)\\s)(bộ luật|luật|pháp lệnh)\\s+(\\p{L})");

  /** A document cited by number is named: {@code Nghị quyết số 57-NQ/TW}, {@code Luật số 24/2018/QH14}. */
  private static final Pattern CITED_DOCUMENT = Pattern.compile(
      "(?<![\\p{L}\\p{M}])(nghị quyết|nghị định|quyết định|chỉ thị|kết luận|thông tư|quy định|thông báo"
          + "|luật|pháp lệnh)(?=\\s+(?:số\\s*)?\\p{N})");

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-&/.][\\p{L}\\p{M}\\p{N}]+)*");

  private VietnameseTitleCase() {}

  /** Whether {@code text} has letters and none of them lower case. */
  static boolean isUpperCase(String text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
      i += Character.charCount(c);
    }
    return letters;
  }

  /**
   * The title as it reads after a document type: {@code VỀ ĐỘT PHÁ…} becomes {@code về đột
   * phá…}. Text already in mixed case is kept as written but for its first letter.
   */
  static String afterType(String title) {
    String cased = isUpperCase(title) ? restoreNames(lowerCase(title)) : title;
    if (!cased.isEmpty() && !startsWithName(cased) && !startsWithAcronym(cased)) {
      cased = cased.substring(0, 1).toLowerCase(VIETNAMESE) + cased.substring(1);
    }
    return cased;
  }

  /** The title as it reads on its own: like {@link #afterType} but with a capital first letter. */
  static String standalone(String title) {
    String cased = isUpperCase(title) ? restoreNames(lowerCase(title)) : title;
    return cased.isEmpty() ? cased : cased.substring(0, 1).toUpperCase(VIETNAMESE) + cased.substring(1);
  }

  private static String lowerCase(String upper) {
    StringBuilder out = new StringBuilder(upper.length());
    Matcher token = TOKEN.matcher(upper);
    int last = 0;
    String previous = "";
    while (token.find()) {
      out.append(upper, last, token.start());
      String word = token.group();
      String lower = word.toLowerCase(VIETNAMESE);
      out.append(keepsCapitals(word, previous) ? word : lower);
      previous = lower;
      last = token.end();
    }
    out.append(upper, last, upper.length());
    return out.toString();
  }

  private static boolean keepsCapitals(String word, String previous) {
    if (word.chars().anyMatch(Character::isDigit) || word.indexOf('&') >= 0) {
      return true;
    }
    if (SYLLABLE_ACRONYMS.contains(word)) {
      return true;
    }
    if (ROMAN.matcher(word).matches()) {
      return BEFORE_ROMAN.contains(previous) || !VietnameseSyllable.isValid(word);
    }
    for (String part : word.split("[-/.]")) {
      if (!part.isEmpty() && !VietnameseSyllable.isValid(part)) {
        return true;
      }
    }
    return false;
  }

  private static String restoreNames(String text) {
    String result = text;
    for (int i = 0; i < NAMES.size(); i++) {
      result = NAME_PATTERNS.get(i).matcher(result).replaceAll(Matcher.quoteReplacement(NAMES.get(i)));
    }
    Matcher law = LAW_NAME.matcher(result);
    StringBuilder out = new StringBuilder();
    while (law.find()) {
      String kind = law.group(1);
      law.appendReplacement(out, Matcher.quoteReplacement(
          kind.substring(0, 1).toUpperCase(VIETNAMESE) + kind.substring(1) + " "
              + law.group(2).toUpperCase(VIETNAMESE)));
    }
    law.appendTail(out);
    return CITED_DOCUMENT.matcher(out).replaceAll(
        cited -> Matcher.quoteReplacement(cited.group(1).substring(0, 1).toUpperCase(VIETNAMESE) + cited.group(1).substring(1)));
  }

  private static boolean startsWithName(String text) {
    for (String name : NAMES) {
      if (text.startsWith(name) && Character.isUpperCase(name.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAcronym(String text) {
    Matcher token = TOKEN.matcher(text);
    return token.lookingAt() && token.group().length() > 1 && isUpperCase(token.group());
  }
}
