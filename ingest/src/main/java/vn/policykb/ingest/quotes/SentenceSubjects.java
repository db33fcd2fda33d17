package vn.policykb.ingest.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.policykb.ingest.people.CountryNames;
import vn.policykb.kb.LookupKey;

/**
 * The people a text names as the subject of a sentence, whatever its verb ({@code Former president
 * Eduardo Rodríguez Veltzé, Bolivia's representative, rejected …}, {@code Calzadilla also denied
 * …}): the person a following {@code he} or {@code ông} most likely refers to, though they said
 * nothing yet.
 */
final class SentenceSubjects {

  /**
   * A person opening the sentence at {@code position}, with the role written before the name;
   * {@code described} when the sentence names no one but describes them ({@code The President
   * referred …}), who is then the person the text was about before, if any.
   */
  record Subject(int position, String name, String role, boolean described) {

    Subject(int position, String name, String role) {
      this(position, name, role, false);
    }
  }

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** First words that make what follows them a clause's object, not a subject's role. */
  private static final Set<String> PRONOUN_OPENERS = Set.of("he", "she", "they", "we", "i", "it", "you", "this", "that",
      "there", "họ", "chúng", "tôi", "đây", "đó");

  /** The first words of the reporting verbs: a role holds none ({@code Ông nói Việt Nam …}). */
  private static final Set<String> VERB_WORDS = verbWords();

  private static Set<String> verbWords() {
    Set<String> words = new HashSet<>(ReportingVerbs.firstWords(ReportingVerbs.ENGLISH));
    words.addAll(ReportingVerbs.firstWords(ReportingVerbs.VIETNAMESE));
    return Set.copyOf(words);
  }

  /** Words read from a sentence's start: a subject's name begins within them. */
  private static final int OPENING_WORDS = 6;

  private SentenceSubjects() {}

  static List<Subject> of(String text) {
    List<Subject> found = new ArrayList<>();
    for (Sentences.Sentence sentence : Sentences.of(text)) {
      Subject subject = opening(text, sentence.start(), sentence.end());
      if (subject != null) {
        found.add(subject);
      }
    }
    return found;
  }

  /**
   * The person a sentence opens with: a run of two or more capitalized words within its first
   * words, after lower-case words only (a role: {@code huấn luyện viên}, {@code Former president}),
   * followed by a lower-case word or a comma; or one capitalized word that ends a full name the
   * text gave before ({@code Calzadilla} after {@code Roberto Calzadilla}).
   */
  private static Subject opening(String text, int from, int end) {
    List<int[]> words = words(text, from, end);
    if (words.size() > 1 && SpeakerNames.isClause(text.substring(words.getFirst()[0], words.getFirst()[1]))) {
      // "Following practice earlier this week, James was asked …": the subject follows the comma
      int comma = text.indexOf(',', words.getFirst()[1]);
      if (comma < 0 || comma >= end) {
        return null;
      }
      words = words(text, comma + 1, end);
    }
    Subject single = single(text, words);
    if (single != null) {
      return single;
    }
    Subject described = described(text, words);
    if (described != null) {
      return described;
    }
    int runStart = -1;
    for (int i = 0; i < words.size() && i < OPENING_WORDS; i++) {
      boolean upper = Character.isUpperCase(text.codePointAt(words.get(i)[0]));
      if (upper && i > 0 && runStart < 0) {
        runStart = i;
      } else if (!upper && runStart >= 0) {
        break;
      } else if (i == 0 && upper && words.size() > 1 && Character.isUpperCase(text.codePointAt(words.get(1)[0]))) {
        runStart = 0;
      }
    }
    if (runStart < 0) {
      return null;
    }
    int runEnd = runStart;
    while (runEnd < words.size() && Character.isUpperCase(text.codePointAt(words.get(runEnd)[0]))
        && (runEnd == runStart || joined(text, words.get(runEnd - 1), words.get(runEnd)))) {
      runEnd++;
    }
    if (runEnd - runStart < 2 || !followedByVerbOrComma(text, words, runEnd)) {
      return null;
    }
    String phrase = text.substring(words.getFirst()[0], words.get(runEnd - 1)[1]);
    if (SpeakerNames.isClause(phrase) || ARTICLES.contains(LookupKey.of(text.substring(words.getFirst()[0], words.getFirst()[1])))) {
      // "The Halloran campaign sent …": after an article, a name is a modifier of what follows
      return null;
    }
    SpeakerNames.Split split = SpeakerNames.split(phrase);
    if (split.role() == null && runStart > 0 || !PersonalNames.looksPersonal(split.name(), LookupKey.of(split.name()))) {
      return null;
    }
    for (int i = 0; i < runStart; i++) {
      String word = text.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT);
      if (i == 0 && PRONOUN_OPENERS.contains(word) || VERB_WORDS.contains(word)) {
        // "He said Việt Nam has adopted …": the words before the name are a clause, not a role
        return null;
      }
    }
    if (CountryNames.isName(LookupKey.of(split.name()))) {
      // "Việt Nam is building …", "New Zealand has …": a country opens sentences as a person does
      return null;
    }
    return new Subject(words.get(runStart)[0], split.name(), split.role());
  }

  /** Words between the article and the role noun of a description: {@code The former U.S. president}. */
  private static final int DESCRIPTION_WORDS = 3;

  /**
   * A sentence opening with {@code the} and a role noun, then a lower-case word
   * ({@code The President obliquely referred …}, {@code The senator told …}): a person described.
   */
  private static Subject described(String text, List<int[]> words) {
    if (words.size() < 3 || !"the".equals(wordAt(text, words, 0).toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (int i = 1; i <= DESCRIPTION_WORDS && i + 1 < words.size(); i++) {
      String word = wordAt(text, words, i).toLowerCase(Locale.ROOT);
      if (VERB_WORDS.contains(word) || !joined(text, words.get(i - 1), words.get(i))) {
        return null;
      }
      if (SpeakerResolver.ROLE_NOUNS.contains(word)) {
        return followedByVerbOrComma(text, words, i + 1)
            ? new Subject(words.getFirst()[0], text.substring(words.getFirst()[0], words.get(i)[1]), null, true)
            : null;
      }
    }
    return null;
  }

  private static String wordAt(String text, List<int[]> words, int i) {
    return text.substring(words.get(i)[0], words.get(i)[1]);
  }

  /** A sentence opening with one capitalized word the text introduced before as a full name's end. */
  private static Subject single(String text, List<int[]> words) {
    if (words.size() < 2 || Character.isUpperCase(text.codePointAt(words.get(1)[0]))) {
      return null;
    }
    int[] first = words.getFirst();
    String name = text.substring(first[0], first[1]);
    String full = fullName(text, name, first[0]);
    return full == null ? null : new Subject(first[0], full, null);
  }

  /**
   * The person's full name ({@code Kai-Fu Lee}, {@code Tiffany Ng}) that a one-word name
   * ({@code Lee}, {@code Ng}) ends before {@code position}, or null: news names a person in full
   * first, then by the surname alone, which is too short to tell from a body's name on its own.
   */
  static String fullName(String text, String name, int position) {
    if (name == null || name.isBlank() || name.strip().contains(" ")) {
      return null;
    }
    String word = name.strip();
    for (int at = text.indexOf(word); at >= 0 && at < position; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      if (at == 0 || Character.isLetterOrDigit(text.charAt(at - 1))
          || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        continue;
      }
      // each capitalized word before it starts a candidate, the longest personal one wins:
      // "AI Kai-Fu Lee" is no name, "Kai-Fu Lee" is, "Fu Lee" is a part of it
      String longest = null;
      int runStart = at;
      while (runStart > 0) {
        int wordEnd = runStart - 1;
        if (text.charAt(wordEnd) != ' ' && text.charAt(wordEnd) != '-') {
          break;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
          wordStart--;
        }
        if (wordStart == wordEnd || !Character.isUpperCase(text.charAt(wordStart))) {
          break;
        }
        runStart = wordStart;
        String full = text.substring(runStart, end);
        if (PersonalNames.looksPersonal(full, LookupKey.of(full))) {
          longest = full;
        }
      }
      if (longest != null) {
        return longest;
      }
    }
    return null;
  }

  private static boolean followedByVerbOrComma(String text, List<int[]> words, int next) {
    int after = words.get(next - 1)[1];
    if (after < text.length() && text.charAt(after) == ',') {
      return true;
    }
    return next < words.size() && words.get(next)[0] == after + 1
        && Character.isLowerCase(text.codePointAt(words.get(next)[0]));
  }

  /** Whether two words stand side by side, a space or a hyphen apart, with no punctuation between. */
  private static boolean joined(String text, int[] left, int[] right) {
    return right[0] == left[1] + 1 && (text.charAt(left[1]) == ' ' || text.charAt(left[1]) == '-');
  }

  /** The words from {@code from} to the sentence's {@code end}, at most a few more than the opening needs. */
  private static List<int[]> words(String text, int from, int end) {
    List<int[]> words = new ArrayList<>();
    int i = from;
    while (i < end && words.size() < OPENING_WORDS + 4) {
      while (i < end && !Character.isLetter(text.charAt(i))) {
        if (words.isEmpty() && !Character.isWhitespace(text.charAt(i))) {
          // a sentence opening with a quote mark or a number has no subject to read here
          return words;
        }
        i++;
      }
      int start = i;
      while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '.'
          && i + 1 < end && Character.isLetter(text.charAt(i + 1)))) {
        i++;
      }
      if (i > start) {
        words.add(new int[] {start, i});
      }
    }
    return words;
  }
}
