package vn.policykb.ingest.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.policykb.ingest.people.CountryNames;
import vn.policykb.kb.LookupKey;

/**
 * A speaker as the text writes them, split into the name and the title or role before it
 * ({@code Bộ trưởng Bộ Y tế Đào Hồng Lan}: {@code Đào Hồng Lan}, {@code Bộ trưởng Bộ Y tế};
 * {@code the Rev. Al Sharpton}: {@code Al Sharpton}, {@code Rev.}), and the subjects that are a
 * clause, never a speaker ({@code In closing}, {@code Nhớ lại giây phút xảy ra sự việc}).
 *
 * <p>A name is the run of capitalized words that ends the subject; in that run a Vietnamese name
 * begins at its family name ({@code tỉnh Quảng Nam Nguyễn Văn A}), elsewhere after the titles the
 * run begins with ({@code Senate Majority Leader Mitch McConnell}). A subject without such a run
 * is a description ({@code một người dân}, {@code a police spokesman}) and stays whole.
 */
final class SpeakerNames {

  /** A name and the role written before it, or null. */
  record Split(String name, String role) {}

  /** Vietnamese family names, folded: where a Vietnamese name begins within a run of capitals. */
  private static final Set<String> FAMILY_NAMES = words(
      "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
      "duong", "ly", "dao", "dinh", "lam", "mai", "truong", "to", "ha", "luong", "doan", "trinh", "cao", "luu",
      "chu", "kieu", "ta", "thai", "quach", "tang", "phung", "la", "trieu", "vuong", "hua", "lai", "chau", "than",
      "mac", "dam", "giang", "ton", "khuc", "nong", "lo", "diep", "au", "tu", "tieu", "ninh", "hau", "luc", "dong",
      "bach", "khong", "nghiem", "thach", "quan", "ong", "doan", "trang", "trinh", "man", "phi", "ung", "vien",
      "han", "sam", "hong", "kha", "lieu", "tong", "van", "vi", "ma");

  /** Titles a run of capitals may begin with, folded, dots removed: never part of a name. */
  private static final Set<String> TITLE_WORDS = words(
      // English
      "president", "vice", "senator", "sen", "rep", "representative", "gov", "governor", "mayor", "dr", "mr", "mrs",
      "ms", "miss", "prof", "professor", "rev", "reverend", "father", "sister", "brother", "pastor", "rabbi", "imam",
      "bishop", "archbishop", "cardinal", "pope", "gen", "general", "lt", "col", "capt", "sgt", "maj", "adm",
      "admiral", "colonel", "captain", "sergeant", "lieutenant", "major", "officer", "detective", "inspector",
      "chief", "minister", "prime", "foreign", "secretary", "defense", "defence", "treasury", "interior",
      "justice", "judge", "attorney", "leader", "majority", "minority", "speaker", "chairman",
      "chairwoman", "chair", "ceo", "director", "ambassador", "king", "queen", "prince", "princess", "sir", "lord",
      "lady", "dame", "deputy", "assistant", "acting", "former", "spokesman", "spokeswoman",
      "spokesperson", "commissioner", "councillor", "councilman", "councilwoman", "sheriff", "coach", "lifeguard",
      "chancellor", "premier", "supreme", "leader", "commander", "executive", "the", "a", "an",
      // Vietnamese, syllable by syllable: titles and kinship honorifics, academic degrees
      "ong", "ba", "anh", "chi", "co", "bac", "em", "ngai", "thay", "bo", "thu", "tuong", "pho", "tich", "tong",
      "bi", "giam", "doc", "chuyen", "gia", "dai", "su", "ban", "chanh", "an", "thuong", "thieu", "trung", "uy",
      "ubnd", "hdnd", "ts", "pgs", "gs", "pgsts", "gsts", "tskh", "ths", "bs", "ks", "ls", "lm", "ns", "nsnd",
      "nsut", "nha", "bao", "nguoi", "phat", "ngon", "vien", "lanh", "dao", "cuc", "so", "tinh", "tp", "huyen",
      "xa", "phuong", "thanh", "pho", "quoc", "hoi", "nuoc", "muc", "linh", "tien", "si", "giao", "khoa", "hoc",
      "chu", "truong", "ta");

  /** Honorifics and articles alone make no role; in lower case with their diacritics, dots removed ({@code chú} is not {@code Chủ}). */
  private static final Set<String> NOT_ROLES = words(
      "ông", "bà", "anh", "chị", "cô", "bác", "em", "chú", "mr", "mrs", "ms", "miss", "the", "a", "an", "ngài");

  /**
   * An honorific and the word after it that make one noun of a role or a trade ({@code bác sĩ},
   * {@code cô giáo}): the honorific stays with it.
   */
  private static final Set<String> HONORIFIC_COMPOUNDS = words(
      "bác sĩ", "cô giáo", "cô gái", "cô dâu", "chú rể", "ông bầu", "ông chủ", "bà chủ", "cô chủ", "bà mẹ", "ông bố",
      "anh trai", "chị gái", "em gái", "em trai");

  /** Words a name follows in a description: {@code lãnh đạo một đầu mối ở TP. HCM} names no one. */
  private static final Set<String> PREPOSITIONS = words(
      "o", "tai", "cua", "thuoc", "tu", "voi", "ve", "cho", "of", "at", "in", "from", "for", "with", "on", "by");

  /** Words a subject may end with before its verb, not part of the name: {@code Nguyễn Văn A cũng}. */
  private static final Set<String> TRAILING_ADVERBS = words(
      "also", "later", "then", "again", "further", "previously", "recently", "once", "has", "had", "have", "would",
      "will", "did", "himself", "herself", "cung", "con", "da", "thi", "lai", "tung", "van", "se", "deu", "moi",
      "tiep", "tuc", "truoc", "sau", "do", "ngay", "lien");

  /**
   * First words of a clause or an introductory phrase, in lower case with their diacritics (so
   * that {@code Tô Lâm} is not {@code to}): no subject begins so.
   */
  private static final Set<String> CLAUSE_STARTS = words(
      "in", "on", "at", "after", "before", "during", "when", "while", "as", "if", "since", "because", "although",
      "though", "following", "with", "without", "for", "from", "by", "to", "into", "then", "so", "once", "upon",
      "speaking", "asked", "asking", "closing", "who", "which", "adding", "saying", "noting", "whose", "nhớ", "khi", "sau", "trong", "tại", "với", "về", "vì", "để",
      "nếu", "dù", "mặc", "tuy", "ngay", "đúng", "theo", "từ", "qua", "nhằm", "nhân", "thay", "kể", "trả",
      "trước", "đến", "cùng", "cho", "bởi", "bằng", "hôm", "ngày", "tháng", "hơn", "more", "about", "nearly", "almost", "sáng", "chiều", "tối", "đêm", "ở", "nói", "của", "of", "vào",
      // prepositions, adverbs and verbs no Vietnamese name begins with: "Đối với …", "Trên trang cá
      // nhân …", "Cũng có mặt …", "Xét yêu cầu …", "Trở về từ …", "Đáng chú ý …", "Tiết lộ thêm …"
      "đối", "trên", "dưới", "giữa", "ngoài", "cũng", "xét", "trở", "lấy", "đáng", "bật", "chăm", "trực", "đóng", "tiết",
      "chia");

  /**
   * Auxiliaries of tense and voice, as written in lower case: a subject opening with one is the
   * end of a clause ({@code đã được chuyển về Moscow} before the verb {@code phân tích}), not a
   * name; capitalized, {@code Will} may be one.
   */
  private static final Set<String> AUXILIARIES = words(
      "đã", "đang", "sẽ", "được", "bị", "vừa", "từng", "has", "have", "had", "was", "were", "is", "are", "will",
      "would", "been", "being");

  /**
   * Two first words of a participle phrase that opens a sentence before its subject
   * ({@code Phát biểu trên truyền hình, ông X nói}, {@code Trao đổi với PV, …}), lower case.
   */
  private static final Set<String> INTRODUCTORY_PAIRS = words(
      "phát biểu", "trao đổi", "chia sẻ", "trả lời", "bình luận", "nói chuyện", "lý giải", "giải thích", "nhận định");

  /** Sentence adverbs of two words that open a clause, never a name: {@code thậm chí}, {@code đồng thời}. */
  private static final Set<String> SENTENCE_ADVERBS = words(
      "thậm chí", "đồng thời", "ngoài ra", "tuy nhiên", "mặt khác", "bên cạnh", "trong khi", "vì vậy", "do đó");

  /** Last words of a clause cut short, in lower case with their diacritics: no name ends so. */
  private static final Set<String> CLAUSE_ENDS = words(
      "and", "or", "but", "to", "of", "the", "a", "an", "that", "which", "who", "as", "và", "hoặc", "nhưng",
      "của", "mà", "là", "rằng", "để", "với", "như", "các", "những", "một", "dẫn", "khi", "when", "while");

  /**
   * Words after which a subject goes on about where its speaker is from ({@code Tiffany Ng đến từ
   * Đại học Michigan}, {@code a farmer from Manitoba}): the name stands before them.
   */
  private static final Set<String> MODIFIER_STARTS = words("từ", "ở", "tại", "thuộc", "của", "from", "at");

  private SpeakerNames() {}

  /** A lexicon: a word listed twice (a family name that is also a title syllable) is one entry. */
  private static Set<String> words(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  /** Whether a subject is a clause or an introductory phrase rather than someone. */
  static boolean isClause(String subject) {
    String[] words = subject.strip().split("[\\s,;:]+");
    if (words.length == 0 || words[0].isEmpty()) {
      return true;
    }
    // a capitalized last word is a name's ("Nguyễn Văn An"), not the article "an"
    String last = words[words.length - 1];
    return CLAUSE_STARTS.contains(words[0].toLowerCase(Locale.ROOT)) || AUXILIARIES.contains(words[0])
        || words.length > 2 && INTRODUCTORY_PAIRS.contains((words[0] + " " + words[1]).toLowerCase(Locale.ROOT))
        || words.length >= 2 && SENTENCE_ADVERBS.contains((words[0] + " " + words[1]).toLowerCase(Locale.ROOT))
        // "năm 2019": a year, never a name
        || words.length >= 2 && "năm".equals(words[0].toLowerCase(Locale.ROOT)) && Character.isDigit(words[1].codePointAt(0))
        || words.length > 1 && !capitalized(last) && CLAUSE_ENDS.contains(last);
  }

  /**
   * The name in a subject as written and the role before it; the whole subject as the name, without
   * a role, when it names no one.
   */
  static Split split(String subject) {
    List<String> written = new ArrayList<>(Arrays.asList(subject.strip().split("\\s+")));
    while (written.size() > 1 && TRAILING_ADVERBS.contains(key(written.getLast()))) {
      written.removeLast();
    }
    written = withoutTrailingTime(written);
    String whole = String.join(" ", written);
    if (describedFrom(written)) {
      return new Split(whole, null);
    }
    List<String> head = beforeModifier(written);
    if (head.size() == 1 && head.size() < written.size() && !capitalized(written.get(1))
        && !TITLE_WORDS.contains(key(head.getFirst()))) {
      // only the capital that opens a lowercase phrase before the modifier ("Thông tin từ Công an
      // tỉnh …", "Cáo trạng của VKSND"): a description, which names no one by its first word
      return new Split(whole, null);
    }
    int runStart = nameRunStart(head);
    if (runStart == head.size() || runStart > 0 && PREPOSITIONS.contains(key(head.get(runStart - 1)))) {
      return new Split(whole, null);
    }
    int nameStart = familyNameStart(head, runStart);
    if (nameStart < 0) {
      // after the last title of the run: "Senate Majority Leader Mitch McConnell", "the Rev. Al Sharpton"
      nameStart = runStart;
      for (int i = runStart; i < head.size() - 1; i++) {
        if (TITLE_WORDS.contains(key(head.get(i)))) {
          nameStart = i + 1;
        }
      }
      if (nameStart == head.size() - 1 && TITLE_WORDS.contains(key(head.get(nameStart))) || nameStart == runStart
          && TITLE_WORDS.contains(key(head.get(nameStart))) && head.size() - runStart == 1) {
        // a title alone ("Chủ tịch", "President"): a description of someone
        return new Split(whole, null);
      }
    }
    nameStart = afterCountry(head, nameStart);
    String name = String.join(" ", head.subList(nameStart, head.size()));
    return new Split(name, role(head.subList(0, nameStart)));
  }

  /** Words a country's name may have: {@code Hàn Quốc}, {@code Arab Saudi}. */
  private static final int MAX_COUNTRY_WORDS = 3;

  /**
   * Where the name begins after a country that opens it and belongs to the title before
   * ({@code Tổng thống Mozambique Filipe Nyusi}): two words of the name at least are left.
   */
  private static int afterCountry(List<String> head, int nameStart) {
    if (nameStart == 0) {
      return nameStart;
    }
    for (int n = MAX_COUNTRY_WORDS; n >= 1; n--) {
      if (head.size() - nameStart - n >= 2
          && CountryNames.isName(LookupKey.of(String.join(" ", head.subList(nameStart, nameStart + n))))) {
        return nameStart + n;
      }
    }
    return nameStart;
  }

  /** Words that open a time phrase, written in lower case: {@code hôm 18/3}, {@code on Monday}. */
  private static final Set<String> TIME_HEADS = Set.of("hôm", "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "on", "last");
  /** Words a time phrase goes on with: a day, {@code nay}, {@code qua}, a weekday. */
  private static final Set<String> TIME_WORDS = words("nay", "qua", "mai", "thu", "hai", "ba", "tu", "nam", "sau", "bay",
      "chu", "nhat", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month",
      "night", "morning", "afternoon", "evening", "today", "yesterday");
  private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{1,4}(?:[/.-]\\d{1,4}){0,2}[,.]?");

  /** Whether the words are a time phrase alone: {@code hôm nay}, {@code hôm 19/11}, {@code on Monday}. */
  static boolean isTimePhrase(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length < 2 || !TIME_HEADS.contains(words[0])) {
      return false;
    }
    for (int i = 1; i < words.length; i++) {
      if (!DATE.matcher(words[i]).matches() && !TIME_WORDS.contains(key(words[i]))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A subject without the time phrase it ends with ({@code Tổng thống Mozambique Filipe Nyusi hôm
   * 18/3}, {@code Senator Ellen Marsh on Monday}): when a lower-case time word is followed only by
   * dates and day words.
   */
  private static List<String> withoutTrailingTime(List<String> written) {
    for (int i = written.size() - 2; i >= 1; i--) {
      String word = written.get(i);
      if (TIME_HEADS.contains(word)) {
        boolean rest = true;
        for (String after : written.subList(i + 1, written.size())) {
          rest &= DATE.matcher(after).matches() || TIME_WORDS.contains(key(after));
        }
        return rest ? new ArrayList<>(written.subList(0, i)) : written;
      }
    }
    return written;
  }

  /** Words that open a noun phrase of a description, capitalized only where the sentence opens with them. */
  private static final Set<String> DETERMINERS = Set.of("một", "các", "những", "nhiều", "mọi", "a", "an", "the", "some",
      "many", "several");

  /**
   * Whether the subject describes its source from where it is ({@code Một số nguồn tin của Chính
   * phủ Mỹ}): a determiner, lowercase words, then a modifier; the names after the modifier are
   * the place's, not the speaker's.
   */
  private static boolean describedFrom(List<String> words) {
    if (words.size() < 3 || !DETERMINERS.contains(words.getFirst().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = 1; i < words.size(); i++) {
      if (MODIFIER_STARTS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
        return i >= 2;
      }
      if (capitalized(words.get(i))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The words before the first that starts a modifier, without the lowercase words right before it
   * ({@code Tiffany Ng đến} of {@code Tiffany Ng đến từ Đại học Michigan}); all words when none does
   * or nothing capitalized would be left.
   */
  private static List<String> beforeModifier(List<String> words) {
    for (int i = 1; i < words.size(); i++) {
      if (MODIFIER_STARTS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
        int end = i;
        while (end > 0 && !capitalized(words.get(end - 1))) {
          end--;
        }
        return end > 0 ? words.subList(0, end) : words;
      }
    }
    return words;
  }

  /** A role from the words before a name: none when they are only honorifics or articles. */
  static String role(List<String> words) {
    List<String> kept = new ArrayList<>(words);
    while (!kept.isEmpty() && NOT_ROLES.contains(plain(kept.getFirst()))
        && !(kept.size() > 1 && HONORIFIC_COMPOUNDS.contains(plain(kept.get(0)) + " " + plain(kept.get(1))))) {
      kept.removeFirst();
    }
    while (!kept.isEmpty() && NOT_ROLES.contains(plain(kept.getLast()))) {
      kept.removeLast();
    }
    String role = String.join(" ", kept).replaceAll("[,\\s]+$", "");
    return role.isEmpty() ? null : role;
  }

  /**
   * Where the run of capitalized words that ends the subject begins; {@code words.size()} when the
   * last word is not capitalized. A hyphen and the part after it belong to the name
   * ({@code Moon Jae - in}).
   */
  private static int nameRunStart(List<String> words) {
    int i = words.size();
    while (i > 0) {
      String word = words.get(i - 1);
      boolean afterHyphen = i >= 2 && words.get(i - 2).equals("-");
      if (capitalized(word) || word.equals("-") && i >= 2 && capitalized(words.get(i - 2)) || afterHyphen) {
        i--;
      } else {
        break;
      }
    }
    return i;
  }

  /** The first family name of the run that leaves a name of two to four syllables, or -1. */
  private static int familyNameStart(List<String> words, int runStart) {
    for (int i = runStart; i < words.size() - 1; i++) {
      int length = words.size() - i;
      if (length <= 4 && FAMILY_NAMES.contains(key(words.get(i))) && vietnamese(words.subList(i, words.size()))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a name reads as Vietnamese: a syllable with a Vietnamese diacritic, or all of them short. */
  private static boolean vietnamese(List<String> name) {
    for (String word : name) {
      if (!key(word).equals(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalized(String word) {
    if (word.isEmpty()) {
      return false;
    }
    int first = word.codePointAt(0);
    return Character.isUpperCase(first) || Character.isDigit(first) && word.length() > 1 && Character.isUpperCase(word.codePointAt(1));
  }

  private static String plain(String word) {
    return word.toLowerCase(Locale.ROOT).replace(".", "");
  }

  /** A word as the lexicons hold it: folded, without dots or other marks. */
  static String key(String word) {
    return LookupKey.of(word).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
