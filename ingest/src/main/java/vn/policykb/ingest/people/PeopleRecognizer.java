package vn.policykb.ingest.people;

import vn.policykb.index.MentionedPerson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.kb.LookupKey;
import vn.policykb.kb.Person;

/**
 * Finds the people a text names: registry people by any alias (case and diacritics aside),
 * Vietnamese names of two to four capitalized syllables that start with a known surname, and
 * English names after a title ({@code Dr.}, {@code Minister}, {@code President}…).
 *
 * <p>A short form ({@code Lâm}, {@code Thắng}) and a bare title of a registry person
 * ({@code Party chief}, {@code Tổng Bí thư}) name a person only in a text that also names them in
 * full: alone they are ambiguous (every period has its own Party chief).
 */
public final class PeopleRecognizer {

  /** Titles after which capitalized words are a person's name in English text. */
  private static final Set<String> ENGLISH_TITLES = Set.of(
      "dr", "prof", "professor", "minister", "chairman", "chairwoman", "president", "mr", "mrs", "ms",
      "ambassador", "governor", "senator", "secretary", "director", "deputy", "general", "premier", "chancellor",
      "academician", "spokesman", "spokeswoman", "spokesperson", "ceo", "pm", "mayor", "judge", "colonel", "lieutenant");
  /** Titles that may stand before a single name ({@code Mr. Smith}). */
  private static final Set<String> HONORIFICS = Set.of("dr", "prof", "mr", "mrs", "ms");
  private static final int MAX_NAME_SYLLABLES = 4;

  private final KnowledgeBase kb;
  private final int longestAlias;
  /** Registry aliases that carry no part of the person's name, by lookup key. */
  private final Set<String> bareTitles = new HashSet<>();
  /** Short forms of registry people, by lookup key. */
  private final Map<String, List<Person>> shortForms = new HashMap<>();
  /**
   * First and last words of every registry alias: a phrase that does not start and end with
   * them names no one, and is never looked up (the look-up folds the whole phrase each time).
   */
  private final Set<String> aliasFirstWords = new HashSet<>();
  private final Set<String> aliasLastWords = new HashSet<>();

  public PeopleRecognizer(KnowledgeBase kb) {
    this.kb = kb;
    int longest = 1;
    for (Person person : kb.people()) {
      Set<String> nameWords = new HashSet<>(Word.of(person.name()).stream().map(Word::key).toList());
      person.shortForms().forEach(s -> nameWords.add(LookupKey.of(s)));
      for (String alias : person.names()) {
        List<Word> words = Word.of(alias);
        longest = Math.max(longest, words.size());
        if (!words.isEmpty()) {
          aliasFirstWords.add(words.getFirst().key());
          aliasLastWords.add(words.getLast().key());
        }
        if (words.stream().noneMatch(w -> nameWords.contains(w.key()))) {
          bareTitles.add(LookupKey.of(alias));
        }
      }
      for (String shortForm : person.shortForms()) {
        shortForms.computeIfAbsent(LookupKey.of(shortForm), k -> new ArrayList<>()).add(person);
      }
    }
    this.longestAlias = longest;
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  /** Every mention of a person in the text, in order. */
  public List<PersonMention> mentions(String text) {
    List<Word> words = Word.of(text);
    LowerCaseWords lowerCase = new LowerCaseWords(words);
    List<PersonMention> full = new ArrayList<>();
    List<Candidate> partial = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int next = registryMatch(text, words, i, full, partial);
      if (next < 0) {
        next = vietnameseName(text, words, i, full);
      }
      if (next < 0) {
        next = titledName(text, words, i, full);
      }
      if (next < 0) {
        next = honorificName(text, words, i, full, partial);
      }
      if (next < 0) {
        if (words.get(i).capitalized()) {
          partial.add(new Candidate(words.get(i).key(), words.get(i).start(), words.get(i).end(), false, null,
              firstName(text, words, i, lowerCase), Gender.UNKNOWN, words.get(i).text()));
        }
        next = i + 1;
      }
      i = next;
    }
    return withShortForms(full, partial, genders(full, text));
  }

  /**
   * The word right before a capitalized word when it is the first name of a name of its own
   * ({@code Donald} of {@code Donald Trump}), so that the surname is not taken for another person's
   * the text named in full ({@code Melania Trump}); null when that word is a title, a country, a
   * word the text also writes in lower case ({@code Then}), or a word with marks (Vietnamese).
   */
  private static Word firstName(String text, List<Word> words, int i, LowerCaseWords lowerCase) {
    if (i == 0) {
      return null;
    }
    Word before = words.get(i - 1);
    if (!before.capitalized() || !onlySpaceBetween(text, before, words.get(i)) || before.text().length() < 2
        || !before.text().chars().allMatch(c -> c < 128) || ENGLISH_TITLES.contains(before.key())
        || CountryNames.isWord(before.key()) || lowerCase.contains(before.key())) {
      return null;
    }
    return before;
  }

  /** The keys of the words a text writes in lower case, read from its words when first asked. */
  private static final class LowerCaseWords {

    private final List<Word> words;
    private Set<String> keys;

    LowerCaseWords(List<Word> words) {
      this.words = words;
    }

    boolean contains(String key) {
      if (keys == null) {
        keys = new HashSet<>();
        for (Word word : words) {
          if (!word.capitalized()) {
            keys.add(word.key());
          }
        }
      }
      return keys.contains(key);
    }
  }

  /** What an honorific says of a person: {@code ông} a man, {@code bà} a woman. */
  enum Gender {
    MALE, FEMALE, UNKNOWN;

    static Gender of(String honorific) {
      return switch (honorific.toLowerCase(java.util.Locale.ROOT)) {
        case "ông", "anh", "thầy", "mr" -> MALE;
        case "bà", "chị", "cô", "mrs", "ms" -> FEMALE;
        default -> UNKNOWN;
      };
    }

    boolean contradicts(Gender other) {
      return this != UNKNOWN && other != UNKNOWN && this != other;
    }
  }

  /** The gender each person named in full after an honorific has: {@code bà Melania Trump}. */
  private static Map<String, Gender> genders(List<PersonMention> full, String text) {
    Map<String, Gender> genders = new HashMap<>();
    for (PersonMention mention : full) {
      int end = mention.start();
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      int start = end;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      Gender gender = start < end ? Gender.of(text.substring(start, end)) : Gender.UNKNOWN;
      if (gender != Gender.UNKNOWN) {
        genders.putIfAbsent(mention.identity(), gender);
      }
    }
    return genders;
  }

  /** The people of a text, each with every mention, in order of first mention. */
  public List<MentionedPerson> people(String text) {
    return group(mentions(text));
  }

  public static List<MentionedPerson> group(List<PersonMention> mentions) {
    Map<String, List<PersonMention>> byPerson = new LinkedHashMap<>();
    for (PersonMention mention : mentions) {
      byPerson.computeIfAbsent(mention.identity(), k -> new ArrayList<>()).add(mention);
    }
    List<MentionedPerson> people = new ArrayList<>();
    for (List<PersonMention> same : byPerson.values()) {
      PersonMention first = same.stream().filter(PersonMention::fullName).findFirst().orElse(same.getFirst());
      String name = first.name();
      for (PersonMention m : same) {
        if (m.personId() == null && m.fullName() && m.name().length() > name.length()) {
          name = m.name();
        }
      }
      people.add(new MentionedPerson(first.personId(), name,
          same.stream().map(m -> new MentionedPerson.Span(m.start(), m.end())).toList()));
    }
    return people;
  }

  /** A word or alias that names someone only once the text has named them in full. */
  private record Candidate(String key, int start, int end, boolean bareTitle, String asWritten, Word firstName,
      Gender gender, String surname) {

    Candidate(String key, int start, int end, boolean bareTitle) {
      this(key, start, end, bareTitle, null, null, Gender.UNKNOWN, null);
    }
  }

  private int registryMatch(String text, List<Word> words, int i, List<PersonMention> full, List<Candidate> partial) {
    if (!aliasFirstWords.contains(words.get(i).key())) {
      return -1;
    }
    int last = Math.min(words.size(), i + longestAlias) - 1;
    for (int j = last; j > i; j--) {
      if (!aliasLastWords.contains(words.get(j).key()) || !sameSentence(text, words.get(i), words.get(j))) {
        continue;
      }
      String phrase = text.substring(words.get(i).start(), words.get(j).end());
      Optional<Person> person = kb.person(phrase);
      if (person.isPresent()) {
        String key = LookupKey.of(phrase);
        if (bareTitles.contains(key)) {
          partial.add(new Candidate(key, words.get(i).start(), words.get(j).end(), true));
        } else {
          full.add(new PersonMention(person.get().id(), person.get().name(), words.get(i).start(), words.get(j).end(), true));
        }
        return j + 1;
      }
    }
    return -1;
  }

  private int vietnameseName(String text, List<Word> words, int i, List<PersonMention> found) {
    Word first = words.get(i);
    if (!VietnameseNames.isSyllable(first) || !VietnameseNames.isSurname(first.text())) {
      return -1;
    }
    if (i > 0 && (VietnameseNames.isPlaceWord(words.get(i - 1).text())
        || (i > 1 && VietnameseNames.isPlaceWord(words.get(i - 2).text() + " " + words.get(i - 1).text())))) {
      return -1;
    }
    int j = i;
    while (j + 1 < words.size() && VietnameseNames.isSyllable(words.get(j + 1))
        && onlySpaceBetween(text, words.get(j), words.get(j + 1))) {
      j++;
    }
    int syllables = j - i + 1;
    if (syllables < 2 || syllables > MAX_NAME_SYLLABLES
        || (syllables == 2 && VietnameseNames.needsThreeSyllables(first.text()))) {
      return -1;
    }
    String name = text.substring(first.start(), words.get(j).end());
    if (VietnameseNames.isPlace(name)
        || (j + 1 < words.size() && VietnameseNames.isPlaceSuffix(words.get(j + 1).text()))) {
      return -1;
    }
    found.add(mention(name, first.start(), words.get(j).end()));
    return j + 1;
  }

  private int titledName(String text, List<Word> words, int i, List<PersonMention> found) {
    Word title = words.get(i);
    if (!title.capitalized() || !ENGLISH_TITLES.contains(title.key())) {
      return -1;
    }
    int k = i + 1;
    while (k < words.size() && ENGLISH_TITLES.contains(words.get(k).key()) && words.get(k).capitalized()) {
      k++;
    }
    int j = k;
    while (j < words.size() && j - k < 3 && isNameWord(words.get(j))
        && (onlySpaceBetween(text, words.get(j - 1), words.get(j))
            || (j == k && text.substring(words.get(j - 1).end(), words.get(j).start()).strip().equals(".")))) {
      j++;
    }
    int nameWords = j - k;
    if (nameWords == 0 || (nameWords == 1 && !HONORIFICS.contains(words.get(k - 1).key()))) {
      return -1;
    }
    String name = text.substring(words.get(k).start(), words.get(j - 1).end());
    found.add(mention(name, title.start(), words.get(j - 1).end()));
    return j;
  }

  /**
   * A name after a Vietnamese honorific ({@code ông}, {@code bà}, {@code cô}…), whatever its
   * surname: {@code cô Cầm Thị Hoàn}, {@code ông Mugabe}. A single syllable that is the given name
   * of someone named in full is that person ({@code cô Hoàn}).
   */
  private int honorificName(String text, List<Word> words, int i, List<PersonMention> full, List<Candidate> partial) {
    if (!HONORIFIC_WORDS.contains(words.get(i).text().toLowerCase(java.util.Locale.ROOT)) || i + 1 >= words.size()) {
      return -1;
    }
    int k = i + 1;
    int j = k;
    while (j < words.size() && j - k < MAX_NAME_SYLLABLES && words.get(j).capitalized()
        && words.get(j).text().codePoints().allMatch(Character::isLetter)
        && onlySpaceBetween(text, words.get(j - 1), words.get(j))) {
      j++;
    }
    if (j == k) {
      return -1;
    }
    Word first = words.get(k);
    Word last = words.get(j - 1);
    String name = text.substring(first.start(), last.end());
    if (j - k == 1) {
      partial.add(new Candidate(first.key(), first.start(), first.end(), false, name, null, Gender.of(words.get(i).text()), null));
    } else {
      full.add(mention(name, first.start(), last.end()));
    }
    return j;
  }

  private static final Set<String> HONORIFIC_WORDS = Set.of("ông", "bà", "cô", "chị", "thầy", "cụ");

  /** A full mention: of the registry person the name belongs to, else of the name as written. */
  private PersonMention mention(String name, int start, int end) {
    return kb.person(name)
        .map(p -> new PersonMention(p.id(), p.name(), start, end, true))
        .orElseGet(() -> new PersonMention(null, name, start, end, true));
  }

  private static boolean isNameWord(Word word) {
    return word.capitalized() && word.text().codePoints().allMatch(Character::isLetter)
        && !ENGLISH_TITLES.contains(word.key()) && !NOT_NAMES.contains(word.key());
  }

  /** Capitalized words that follow titles without being names. */
  private static final Set<String> NOT_NAMES = Set.of(
      "of", "the", "and", "for", "in", "on", "at", "office", "ministry", "committee", "council", "assembly",
      "party", "state", "government", "national", "people", "vietnam", "viet", "nam", "association");

  /** Short forms and bare titles of the people the text names in full, and given names of the others. */
  private List<PersonMention> withShortForms(List<PersonMention> full, List<Candidate> partial, Map<String, Gender> genders) {
    Map<String, PersonMention> named = new LinkedHashMap<>();
    Map<String, List<PersonMention>> byGivenName = new HashMap<>();
    for (PersonMention mention : full) {
      named.putIfAbsent(mention.identity(), mention);
      if (mention.personId() == null) {
        List<Word> nameWords = Word.of(mention.name());
        // a Vietnamese name's given name is its last syllable; so is an English surname
        byGivenName.computeIfAbsent(nameWords.getLast().key(), k -> new ArrayList<>()).add(mention);
      }
    }
    List<PersonMention> all = new ArrayList<>(full);
    for (Candidate candidate : partial) {
      PersonMention person = null;
      if (candidate.bareTitle()) {
        Person titled = kb.person(candidate.key()).orElseThrow();
        person = named.get(titled.id());
      } else {
        for (Person p : shortForms.getOrDefault(candidate.key(), List.of())) {
          if (named.containsKey(p.id())) {
            person = named.get(p.id());
            break;
          }
        }
        if (person == null) {
          List<PersonMention> sameName = byGivenName.getOrDefault(candidate.key(), List.of());
          person = givenNameOf(candidate, sameName, genders);
          if (person == null && candidate.firstName() != null && !sameName.isEmpty()) {
            // "Donald Trump" beside "Melania Trump": a person of their own, named in full here
            Word first = candidate.firstName();
            person = new PersonMention(null, first.text() + " " + candidate.surname(), first.start(), candidate.end(), true);
            sameName.add(person);
            all.add(person);
            continue;
          }
        }
      }
      if (person != null) {
        all.add(new PersonMention(person.personId(), person.name(), candidate.start(), candidate.end(), false));
      } else if (candidate.asWritten() != null) {
        // a name after an honorific is a person even when the text gives no fuller name
        all.add(new PersonMention(null, candidate.asWritten(), candidate.start(), candidate.end(), true));
      }
    }
    all.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return all;
  }

  /**
   * The person named in full whose last word a single word is: the last one named before it, else
   * the first one after, whose first name and gender do not contradict what the text writes there
   * (one of the honorific's gender first)
   * ({@code Donald Trump} is not {@code Melania Trump}, nor {@code ông Trump} {@code bà Melania Trump}).
   */
  private static PersonMention givenNameOf(Candidate candidate, List<PersonMention> sameName, Map<String, Gender> genders) {
    PersonMention found = null;
    for (boolean sameGenderOnly : new boolean[] {candidate.gender() != Gender.UNKNOWN, false}) {
      PersonMention before = null;
      PersonMention after = null;
      for (PersonMention mention : sameName) {
        Gender gender = genders.getOrDefault(mention.identity(), Gender.UNKNOWN);
        if (!sameFirstName(candidate, mention) || candidate.gender().contradicts(gender)
            || sameGenderOnly && gender != candidate.gender()) {
          continue;
        }
        if (mention.start() < candidate.start()) {
          before = mention;
        } else if (after == null) {
          after = mention;
        }
      }
      found = before != null ? before : after;
      if (found != null) {
        break;
      }
    }
    return found;
  }

  /** Whether a surname's first name, if the text writes one before it, is that of the person named in full. */
  private static boolean sameFirstName(Candidate candidate, PersonMention person) {
    if (candidate.firstName() == null) {
      return true;
    }
    List<Word> name = Word.of(person.name());
    return name.size() >= 2 && name.get(name.size() - 2).key().equals(candidate.firstName().key());
  }

  private static boolean onlySpaceBetween(String text, Word a, Word b) {
    for (int c = a.end(); c < b.start(); c++) {
      if (!Character.isWhitespace(text.charAt(c)) || text.charAt(c) == '\n') {
        return false;
      }
    }
    return true;
  }

  /** No sentence or paragraph ends between the two words (a period after an abbreviation aside). */
  private static boolean sameSentence(String text, Word a, Word b) {
    for (int c = a.end(); c < b.start(); c++) {
      char ch = text.charAt(c);
      if (ch == '\n' || ch == '!' || ch == '?' || ch == ',' || ch == ';' || ch == ':' || ch == '"' || ch == '“' || ch == '”') {
        return false;
      }
    }
    return true;
  }
}
