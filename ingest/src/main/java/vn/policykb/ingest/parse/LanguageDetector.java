package vn.policykb.ingest.parse;

import java.util.Locale;
import java.util.Set;
import vn.policykb.analysis.VietnameseFolding;

/**
 * Tells Vietnamese from English: by the share of words carrying Vietnamese diacritics, the share of
 * English function words, and for text typed without marks, the balance of the two languages'
 * most frequent words.
 */
public final class LanguageDetector {

  public static final String VIETNAMESE = "vi";
  public static final String ENGLISH = "en";

  /** Vietnamese prose: about half its words carry marks; English about Việt Nam, a few names. */
  private static final double VIETNAMESE_DIACRITIC_SHARE = 0.4;
  /** English prose: a quarter or more of its words are function words; Vietnamese, none. */
  private static final double ENGLISH_FUNCTION_WORD_SHARE = 0.08;
  /** Without English function words, this share of marked words is enough. */
  private static final double SHORT_TEXT_DIACRITIC_SHARE = 0.15;

  // Frequent Vietnamese syllables as typed without marks; none of them is a common English word
  // ("to", "an", "the" are both, and left out).
  private static final Set<String> VIETNAMESE_SYLLABLES = Set.of(
      "cua", "va", "cac", "nhung", "duoc", "trong", "nguoi", "khong", "co", "la", "mot", "cho",
      "voi", "den", "tai", "da", "nay", "ve", "tu", "nhu", "khi", "de", "thi", "ra", "len", "nam",
      "viec", "dang", "nhieu", "theo", "sau", "cung", "nhat", "phai", "lam", "tren", "duoi",
      "ngay", "thang", "nuoc", "cong", "phat", "trien", "kinh", "te", "chinh", "quoc", "gia",
      "hoi", "nghi", "quyet", "tinh", "thanh", "pho", "doanh", "nghiep", "dong", "chi", "tong",
      "bi", "thu", "bo", "truong", "viet", "hien", "moi", "sang", "tao", "hoa", "hop");

  private static final Set<String> ENGLISH_WORDS = Set.of(
      "of", "and", "in", "is", "that", "for", "on", "with", "as", "by", "at", "from", "was",
      "were", "are", "be", "this", "it", "its", "has", "have", "had", "which", "will", "said",
      "their", "they", "or", "not", "but", "been", "would", "into", "also", "who", "more", "about");

  private LanguageDetector() {}

  /** {@code vi} or {@code en}; English when nothing points to Vietnamese. */
  public static String detect(CharSequence text) {
    int words = 0;
    int accentedWords = 0;
    int vietnameseHits = 0;
    int englishHits = 0;
    StringBuilder word = new StringBuilder();
    boolean accented = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c) || (VietnameseFolding.isRemoved(c) && !word.isEmpty())) {
        if (VietnameseFolding.changes(c)) {
          accented = true;
        }
        word.append(c);
        continue;
      }
      if (!word.isEmpty()) {
        words++;
        if (accented) {
          accentedWords++;
        }
        String plain = VietnameseFolding.fold(word).toLowerCase(Locale.ROOT);
        if (VIETNAMESE_SYLLABLES.contains(plain)) {
          vietnameseHits++;
        } else if (!accented && ENGLISH_WORDS.contains(plain)) {
          englishHits++;
        }
        word.setLength(0);
        accented = false;
      }
    }
    if (words == 0) {
      return ENGLISH;
    }
    double accentedShare = (double) accentedWords / words;
    if (accentedShare >= VIETNAMESE_DIACRITIC_SHARE) {
      return VIETNAMESE;
    }
    if ((double) englishHits / words >= ENGLISH_FUNCTION_WORD_SHARE) {
      return ENGLISH;
    }
    if (accentedShare >= SHORT_TEXT_DIACRITIC_SHARE) {
      return VIETNAMESE;
    }
    return vietnameseHits > englishHits ? VIETNAMESE : ENGLISH;
  }
}
