package vn.policykb.ingest.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.policykb.kb.LookupKey;

/**
 * Whether a speaker no registry knows is a person a personal pronoun ({@code he}, {@code ông})
 * can refer to, rather than a body ({@code the Baton Rouge Police Department}, {@code Bộ Quốc
 * phòng Nga}) or a description ({@code một người dân}).
 */
final class PersonalNames {

  /** Honorifics a subject that names a person begins with, folded. */
  private static final List<String> HONORIFICS = List.of(
      "ong ", "ba ", "anh ", "chi ", "co ", "mr ", "mrs ", "ms ", "dr ", "mr. ", "mrs. ", "ms. ", "dr. ");

  /** Words of a body's name, folded: a name holding one names no person. */
  private static final Set<String> BODY_WORDS = Set.of(
      "police", "department", "ministry", "agency", "center", "centre", "office", "service", "council", "committee",
      "party", "court", "university", "news", "times", "post", "press", "bank", "company", "group", "association",
      "union", "commission", "bureau", "institute", "authority", "government", "network", "house", "cross", "club",
      "team", "fund", "foundation", "organization", "organisation", "corporation", "inc", "ltd", "daily", "online",
      "tv", "radio", "journal", "herald", "tribune", "guardian", "telegraph", "reuters", "bbc", "cnn", "nations",
      "bo", "so", "hoi", "uy", "ban", "cong", "ty", "vien", "truong", "bao", "dai", "trung", "tam", "cuc", "tap",
      "doan", "to", "chuc", "toa", "an", "quan", "doi", "nha", "may", "ngan", "hang", "vnexpress", "ubnd", "hdnd",
      // groups a capital at the sentence's start makes look like a surname: "Officials said …"
      "officials", "authorities", "experts", "residents", "witnesses", "analysts", "sources", "investigators");

  /** The article of one person's description, folded: {@code one Manitoba farmer}, {@code một nông dân}. */
  private static final List<String> ONE = List.of("a ", "an ", "one ", "mot ");
  /** Nouns for one person, folded: the head of a description a later {@code he} or {@code ông} refers to. */
  private static final Set<String> PERSON_NOUNS = Set.of(
      "farmer", "spokesman", "spokeswoman", "spokesperson", "official", "resident", "witness", "expert", "analyst",
      "nurse", "doctor", "teacher", "student", "officer", "man", "woman", "mother", "father", "neighbour", "neighbor",
      "worker", "driver", "owner", "lawyer", "engineer", "mechanic", "survivor", "fan", "voter", "shopkeeper",
      "nong dan", "nguoi dan", "nguoi phat ngon", "phat ngon vien", "quan chuc", "chuyen gia", "can bo", "bac si",
      "giao vien", "sinh vien", "hoc sinh", "nu sinh", "cong nhan", "tai xe", "chu nha", "nhan chung", "luat su", "ky su");

  private PersonalNames() {}

  /**
   * Whether a subject describes one person no name is given for ({@code one Manitoba farmer},
   * {@code một nông dân Manitoba}), not a group ({@code officials}, {@code nhiều nông dân}).
   *
   * @param subjectKey the subject as a lookup key
   */
  static boolean describesOnePerson(String subjectKey) {
    if (subjectKey == null || ONE.stream().noneMatch(subjectKey::startsWith)) {
      return false;
    }
    String padded = " " + subjectKey + " ";
    return PERSON_NOUNS.stream().anyMatch(noun -> padded.contains(" " + noun + " "));
  }

  /**
   * @param name the speaker's name as written
   * @param subjectKey the subject it was read from, as a lookup key (with its honorific, if any)
   */
  static boolean looksPersonal(String name, String subjectKey) {
    if (name == null || name.isBlank() || !Character.isUpperCase(name.strip().codePointAt(0))) {
      return false;
    }
    String[] words = name.strip().split("[\\s-]+");
    for (String word : words) {
      if (BODY_WORDS.contains(LookupKey.of(word)) || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    String subject = subjectKey == null ? "" : subjectKey;
    for (String honorific : HONORIFICS) {
      if (subject.startsWith(honorific)) {
        return words.length <= 4;
      }
    }
    if (words.length == 1) {
      // a surname alone as the whole subject ("Trump said", "Wade said"), not a word a description
      // ends with ("nhà chức trách Catalan"); a syllable of a Vietnamese name or a country ("Nga",
      // "Mỹ") is too short to tell
      return words[0].length() >= 4 && subject.equals(LookupKey.of(words[0]));
    }
    if (words.length > 5) {
      return false;
    }
    for (String word : words) {
      if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }
}
