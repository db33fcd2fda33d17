package vn.policykb.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import vn.policykb.kb.LookupKey;
import vn.policykb.ingest.people.PersonMention;

/**
 * Who the subject of a reporting verb is: a person the subject names, or for a pronoun or a bare
 * title ({@code he}, {@code the expert}, {@code ông}, {@code Bộ trưởng}) the person the text was
 * last about.
 *
 * <p>"Last about" is the latest earlier mention that can be a subject: a mention right after a
 * preposition ({@code chaired by General Secretary Lâm}) is not what a following {@code he} refers
 * to; the speaker of an earlier statement is.
 */
final class SpeakerResolver {

  private static final Set<String> PRONOUNS = Set.of(
      "he", "she", "him", "her", "ong", "ba", "anh", "chi", "co", "ong ay", "ba ay", "anh ay", "chi ay", "co ay", "ong ta", "ba ta",
      "nguoi nay", "vi nay", "ong nay", "ba nay");

  /** Whether the words are a personal pronoun alone ({@code he}, {@code ông}, {@code vị này}). */
  static boolean isPronoun(String words) {
    return PRONOUNS.contains(LookupKey.of(words.strip()));
  }

  /** Head nouns that make "the …" a person just named. */
  static final Set<String> ROLE_NOUNS = Set.of(
      "expert", "minister", "official", "chief", "spokesman", "spokeswoman", "spokesperson", "president",
      "chairman", "chairwoman", "secretary", "leader", "professor", "doctor", "scientist", "ambassador",
      "director", "premier", "governor", "head", "deputy", "researcher", "economist", "analyst", "envoy",
      "diplomat", "lawmaker", "mayor", "ceo", "founder", "chair", "intellectual", "representative", "general",
      "senator", "judge", "coach", "detective", "inspector", "lawyer", "attorney", "singer", "actor", "actress",
      "manager", "officer", "pastor", "bishop", "commander", "candidate", "billionaire");

  /**
   * First words of a Vietnamese description of the person just named ({@code vị quan chức},
   * {@code nữ ca sĩ sinh năm 1994}, {@code ngài}), folded.
   */
  private static final Set<String> VI_DESCRIPTION_STARTS = Set.of("vi", "nu", "ngai");

  /** Vietnamese titles and kinship honorifics a subject may consist of. */
  private static final Set<String> VI_TITLE_WORDS = Set.of(
      "bo", "truong", "thu", "tuong", "pho", "chu", "tich", "tong", "bi", "giam", "doc", "chuyen", "gia",
      "dai", "su", "ban", "chanh", "an", "vien", "ta", "thieu", "trung", "ts", "pgs", "gs", "tien", "si", "thong", "nghi",
      "ong", "ba", "anh", "chi", "nuoc", "quoc", "hoi", "uy", "ubnd", "dong", "thuong", "vu", "thanh",
      "nguoi", "phat", "ngon", "vi", "nay", "ay", "lanh", "dao", "cuc", "so", "tinh", "huyen", "xa",
      "nha", "khoa", "hoc");
  private static final Set<String> PREPOSITIONS = Set.of(
      "by", "of", "with", "to", "for", "from", "and", "on", "about", "met", "meeting", "cua", "voi", "boi", "va",
      "cung", "gap", "tiep", "cho", "ve");

  /** Words that begin a clause, never a speaker. */
  private static final Set<String> NOT_SUBJECTS = Set.of("who", "which", "that", "and", "but", "as", "while", "when",
      "after", "it", "this", "there", "what", "if", "because", "according", "given", "since", "although", "và", "nhưng",
      "khi", "nếu", "vì", "đây", "điều");

  /** The start of a subject: a capital or an article. */
  private static final java.util.regex.Pattern NEW_SUBJECT = java.util.regex.Pattern.compile("(?:\\p{Lu}|(?:the|a|an)\\s)");

  private static final java.util.regex.Pattern LEADING_CONJUNCTION = java.util.regex.Pattern.compile(
      "\\s*(?:but|and|yet|so|nhưng|song|còn|và|tuy nhiên|trong khi đó)\\s+",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /** A role after a name and a dash, to the end of the subject. */
  private static final java.util.regex.Pattern DASH_APPOSITION = java.util.regex.Pattern.compile("\\s+[-–—]\\s+(.{2,120})");

  private final String text;
  private final List<PersonMention> mentions;
  /** Subjects found so far: speakers of statements, in order of where they stand. */
  private final List<Anchor> speakers = new ArrayList<>();

  /**
   * A subject found: where its statement stands, who it is, the subject as a lookup key, and
   * whether a personal pronoun can refer to it (a registry person, or a name as written that
   * looks like a person's, not a body's).
   */
  private record Anchor(int position, Speaker speaker, String subjectKey, boolean personal) {}

  /**
   * Speakers named (not referred to) by reporting clauses anywhere in the text, found before the
   * direct quotes: {@code Joan Puig … said the conflict …} and then {@code "…," he said.}
   */
  private final List<Anchor> named = new ArrayList<>();

  SpeakerResolver(String text, List<PersonMention> mentions) {
    this.text = text;
    this.mentions = mentions;
  }

  /** Records that a statement at {@code position} was attributed to {@code speaker}. */
  void spoke(int position, Speaker speaker) {
    speakers.add(new Anchor(position, speaker, lastSubject,
        speaker.person() || PersonalNames.looksPersonal(speaker.name(), lastSubject)
            || PersonalNames.describesOnePerson(lastSubject) || SentenceSubjects.fullName(text, speaker.name(), position) != null));
  }

  /**
   * Takes the speakers another resolver over the same text recorded whose subject named them,
   * as candidates for the pronouns and descriptions after them.
   */
  void rememberNamed(SpeakerResolver other) {
    for (Anchor anchor : other.speakers) {
      List<String> words = List.of(anchor.subjectKey().split(" "));
      if (!anchor.subjectKey().isEmpty() && !PRONOUNS.contains(anchor.subjectKey()) && !isRole(anchor.subjectKey(), words)
          && (anchor.speaker().id() != null || PersonalNames.looksPersonal(anchor.speaker().name(), anchor.subjectKey())
              || PersonalNames.describesOnePerson(anchor.subjectKey()))) {
        named.add(anchor);
      }
    }
  }

  /** The subject of the last {@link #resolve}, as a lookup key. */
  private String lastSubject = "";

  /**
   * The speaker the subject of an attribution pattern's match (its group {@code subj}) names, or
   * null: none when the subject begins like a clause.
   *
   * @param offset where the text the pattern matched begins in the text
   */
  Speaker resolve(MatchResult m, int offset, boolean asWritten) {
    int subjectStart = m.start("subj");
    String subject = m.group("subj");
    // "But Flake said …", "song cô vẫn khuyên …": the conjunction is not part of the subject
    Matcher conjunction = LEADING_CONJUNCTION.matcher(subject);
    if (conjunction.lookingAt() && conjunction.end() < subject.length()) {
      subjectStart += conjunction.end();
      subject = subject.substring(conjunction.end());
    }
    subject = subject.strip();
    if (subject.isEmpty()) {
      return null;
    }
    String firstWord = subject.split("\\s+")[0].toLowerCase(Locale.ROOT);
    if (NOT_SUBJECTS.contains(firstWord) || SpeakerNames.isClause(subject)) {
      return null;
    }
    if (pronounApposition(m)) {
      // "Democrats, he said, are on a mission …": the pronoun between commas is the cue's subject,
      // the words before it the reported clause's
      return resolve(offset + m.start("appo"), offset + m.end("appo"), asWritten);
    }
    if (honorificNameApposition(m)) {
      // "Chính thức trở lại …, bang North Carolina, bà Clinton tuyên bố …": an honorific and a
      // name between the commas are the subject, the words before them an introductory phrase,
      // or its role where they open with a title ("Người phát ngôn Bộ Ngoại giao, bà Lê Thị Thu Hằng")
      Speaker named = resolve(offset + m.start("appo"), offset + m.end("appo"), asWritten);
      // (two title syllables: one alone may be a verb folded alike, "Bàn về …" as "Ban")
      String before = subject.strip();
      String[] words = before.split("\\s+");
      boolean title = words.length >= 2 && words.length <= 12 && isTitleWord(words[0]) && isTitleWord(words[1])
          && !SpeakerNames.isClause(before);
      return named == null || !title ? named : named.withRole(before);
    }
    if (m.namedGroups().containsKey("appo") && m.group("appo") != null) {
      // "North Korea has sought …, but the United States has said …": after a conjunction and a
      // capital or an article the words between the commas are a clause of their own, its subject
      // the cue's (not "…, và một lần nữa khẳng định", which goes on with the same subject)
      Matcher clause = LEADING_CONJUNCTION.matcher(m.group("appo"));
      if (clause.lookingAt() && clause.end() < m.group("appo").length()
          && NEW_SUBJECT.matcher(m.group("appo")).region(clause.end(), m.group("appo").length()).lookingAt()) {
        return resolve(offset + m.start("appo") + clause.end(), offset + m.end("appo"), asWritten);
      }
    }
    Speaker speaker = resolve(offset + subjectStart, offset + m.end("subj"), asWritten);
    return speaker == null ? null : speaker.withRole(apposition(m));
  }

  /** A personal honorific and a capitalized word: {@code bà Clinton}, {@code ông Nguyễn Văn A}. */
  private static final java.util.regex.Pattern HONORIFIC_NAME = java.util.regex.Pattern.compile(
      "(?:ông|bà|anh|chị|Mr\\.?|Mrs\\.?|Ms\\.?)\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}");

  /**
   * Whether the match's apposition is an honorific and a name while its subject is neither: the
   * apposition is the subject ({@code …, bang North Carolina, bà Clinton tuyên bố}), not the role
   * of the words before it.
   */
  private static boolean honorificNameApposition(MatchResult m) {
    return m.namedGroups().containsKey("appo") && m.group("appo") != null
        && HONORIFIC_NAME.matcher(m.group("appo").strip()).matches()
        && !HONORIFIC_NAME.matcher(m.group("subj").strip()).lookingAt();
  }

  /** Whether the match's apposition is a personal pronoun alone: a cue set inside its clause. */
  private static boolean pronounApposition(MatchResult m) {
    return m.namedGroups().containsKey("appo") && m.group("appo") != null && isPronoun(m.group("appo"));
  }

  /** The apposition after a subject ({@code ông Huỳnh Hùng, Chủ tịch UBND xã}) as a role, or null. */
  private static String apposition(MatchResult m) {
    if (!m.namedGroups().containsKey("appo") || m.group("appo") == null) {
      return null;
    }
    String appo = m.group("appo").strip();
    int words = appo.split("\\s+").length;
    return appo.isEmpty() || words > 12 || SpeakerNames.isClause(appo) ? null : SpeakerNames.role(List.of(appo.split("\\s+")));
  }

  /**
   * The speaker the subject {@code text[start, end)} names, or null.
   *
   * @param asWritten accept a subject that names no known person, as the text writes it
   */
  Speaker resolve(int start, int end, boolean asWritten) {
    String subject = text.substring(start, end).strip();
    if (subject.isEmpty()) {
      return null;
    }
    lastSubject = LookupKey.of(subject);
    int subjectEnd = start + text.substring(start, end).stripTrailing().length();
    PersonMention named = null;
    for (PersonMention mention : mentions) {
      if (mention.start() >= start && mention.end() <= end) {
        named = mention;
      }
    }
    if (named != null && named.end() < subjectEnd) {
      // "Bà Nguyễn Thị Ngoại - thâm niên 50 năm đi buôn nón": an apposition after a dash is the role
      java.util.regex.Matcher dash = DASH_APPOSITION.matcher(text.substring(named.end(), subjectEnd));
      if (dash.matches() && !SpeakerNames.isClause(dash.group(1))) {
        return new Speaker(named.name(), named.personId(), true, SpeakerNames.role(List.of(dash.group(1).split("\\s+"))));
      }
      // "ông Comey hôm nay khẳng định": a time between the name and the verb
      if (SpeakerNames.isTimePhrase(text.substring(named.end(), subjectEnd))) {
        return namedSpeaker(named, start);
      }
      // "trung tướng A (nguyên Tư lệnh Quân khu 9)", only after a title or a short description:
      // "một cán bộ Công ty An Hải (…)" is about a company
      String bracket = SubjectBrackets.whole(text.substring(named.end(), subjectEnd));
      if (bracket != null && isTitleBefore(text.substring(start, named.start()))) {
        return new Speaker(named.name(), named.personId(), true, SubjectBrackets.role(bracket));
      }
      // the subject is about someone, not someone: "the visit of Tô Lâm", "Tô Lâm đánh giá cao các"
      return null;
    }
    if (named != null) {
      return namedSpeaker(named, start);
    }
    String key = LookupKey.of(stripArticle(subject));
    List<String> words = List.of(key.split(" "));
    boolean pronoun = PRONOUNS.contains(key);
    boolean role = isRole(subject, words);
    if (pronoun || role) {
      Speaker salient = pronoun ? salient(start, true) : described(start, key);
      if (salient != null) {
        // "Tổng thống nói": the role the text gives the person here, where none was known
        return pronoun ? salient : salient.withRole(SpeakerNames.role(List.of(stripArticle(subject).split("\\s+"))));
      }
      return role && asWritten ? new Speaker(subject, null, false) : null;
    }
    if (!(asWritten || isSource(subject, words)) || words.size() > 14 || !startsLikeName(subject)
        || !SubjectBrackets.balanced(subject)) {
      return null;
    }
    // "cảnh sát nói thêm" after "cảnh sát JA Rathwa cho biết": the speaker named more fully before
    for (int i = speakers.size() - 1; i >= 0; i--) {
      Anchor anchor = speakers.get(i);
      if (anchor.position() < start && anchor.subjectKey().startsWith(key + " ")) {
        return anchor.speaker();
      }
    }
    // "anh Đan Phương (tài xế taxi)": the bracket after a name no registry knows
    int bracketStart = SubjectBrackets.trailingStart(subject);
    String bracketRole = bracketStart < 0 ? null : SubjectBrackets.role(SubjectBrackets.whole(subject.substring(bracketStart)));
    SpeakerNames.Split split = SpeakerNames.split(bracketStart < 0 ? subject : subject.substring(0, bracketStart));
    return new Speaker(split.name(), null, false, split.role() != null ? split.role() : bracketRole);
  }

  /**
   * The person a mention names, with what stands before the name as the role, and the title a
   * mention may open with ("Bộ trưởng Bộ Y tế Đào Hồng Lan", "Professor Jay Berzofsky").
   */
  private Speaker namedSpeaker(PersonMention named, int subjectStart) {
    String written = text.substring(named.start(), named.end());
    String title = written.endsWith(named.name()) ? written.substring(0, written.length() - named.name().length()) : "";
    String before = (text.substring(subjectStart, named.start()) + title).strip();
    return new Speaker(named.name(), named.personId(), true,
        before.isEmpty() || SpeakerNames.isClause(before) ? null : SpeakerNames.role(List.of(before.split("\\s+"))));
  }

  /** Whether the words before a name are its title or a short description: {@code trung tướng}, {@code lão nông}. */
  private static boolean isTitleBefore(String before) {
    String key = LookupKey.of(before);
    if (key.isBlank()) {
      return true;
    }
    List<String> words = List.of(key.split(" "));
    return words.size() <= 2 || VI_TITLE_WORDS.containsAll(words);
  }

  /** Whether the text between two offsets names a person the recogniser found. */
  boolean namesPerson(int from, int to) {
    for (PersonMention mention : mentions) {
      if (mention.start() >= from && mention.end() <= to) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word is one a Vietnamese title or honorific is made of ({@code tướng}, {@code chủ}). */
  static boolean isTitleWord(String word) {
    return VI_TITLE_WORDS.contains(LookupKey.of(word));
  }

  /**
   * Whether a subject no registry knows is still a source a reported statement can be told to: a
   * short name-like phrase (a capitalized word after its first: {@code Trang Techcrunch},
   * {@code Ông Hugo Mendoza}), a single capitalized word ({@code Nielsen}) or a phrase whose head
   * is a source noun ({@code officials}, {@code một quan chức Ấn Độ}).
   */
  private static boolean isSource(String subject, List<String> words) {
    String[] written = subject.split("\\s+");
    if (words.size() > 7 && words.size() <= 14 && !opensNoSource(words) && endsWithName(written)) {
      // a long role before a name: "huấn luyện viên bóng rổ LSU Will Wade"
      return true;
    }
    if (words.size() > 7 && words.size() <= 10 && !opensNoSource(words)
        && headsWithSourceNoun(words)) {
      // a source noun at the head of a longer description: "Một số nguồn tin của Chính phủ Mỹ"
      return true;
    }
    if (words.size() > 7 || opensNoSource(words)) {
      return false;
    }
    for (int i = 1; i < written.length; i++) {
      if (Character.isUpperCase(written[i].codePointAt(0))) {
        return true;
      }
    }
    if (written.length == 1 && Character.isUpperCase(subject.codePointAt(0))) {
      return true;
    }
    String key = " " + String.join(" ", words) + " ";
    for (String noun : SOURCE_NOUNS) {
      if (key.contains(" " + noun + " ")) {
        return true;
      }
    }
    return false;
  }

  /** The first words of a description, where its head noun stands: {@code một số nguồn tin} of {@code … của Chính phủ Mỹ}. */
  private static final int SOURCE_HEAD_WORDS = 5;

  /** Words that go on from a description's head noun to where it is from: {@code nguồn tin của}, {@code officials at}. */
  private static final Set<String> SOURCE_LINKS = Set.of("cua", "tai", "o", "thuoc", "trong", "of", "at", "from", "in");

  /**
   * Whether a source noun heads the description and a preposition follows it ({@code một số nguồn
   * tin của Chính phủ Mỹ}, {@code một quan chức tại sân bay …}), not a clause that opens with one
   * ({@code Officials released video of …}).
   */
  private static boolean headsWithSourceNoun(List<String> words) {
    for (int i = 0; i < Math.min(SOURCE_HEAD_WORDS, words.size()); i++) {
      for (int length = 1; length <= 2 && i + length < words.size(); length++) {
        if (SOURCE_NOUNS.contains(String.join(" ", words.subList(i, i + length)))
            && SOURCE_LINKS.contains(words.get(i + length))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the last two words are capitalized: a name of two words or more ends the subject. */
  private static boolean endsWithName(String[] written) {
    return written.length >= 2 && Character.isUpperCase(written[written.length - 1].codePointAt(0))
        && Character.isUpperCase(written[written.length - 2].codePointAt(0));
  }

  /** Nouns whose phrase names a source that no name gives: officials, police, experts, a resident. */
  private static final Set<String> SOURCE_NOUNS = Set.of(
      "officials", "official", "police", "experts", "expert", "spokesman", "spokeswoman", "spokesperson", "source",
      "sources", "authorities", "agency", "ministry", "reports", "report", "media", "press", "witnesses", "residents", "analysts",
      "quan chuc", "chuyen gia", "canh sat", "nguon tin", "dai dien", "lanh dao", "nguoi dan", "nha chuc trach",
      "gioi chuc", "phat ngon vien", "nguoi phat ngon", "nhom nghien cuu", "truyen thong", "bao chi", "can bo", "nong dan",
      "manager", "farmer", "resident", "executive", "director", "quan ly", "giam doc", "nguoi dung dau",
      "chinh quyen", "gioi phan tich", "nha phan tich", "nha dieu tra", "nhan chung", "investigators");

  /** First words of a subject that is no source: a pronoun of a group, a demonstrative, a clause. */
  private static final Set<String> NOT_SOURCES = Set.of(
      "ho", "they", "we", "i", "you", "it", "this", "that", "chung", "toi", "day", "do", "dieu", "viec", "nhung",
      "neu", "khi", "du", "mac", "tuy", "although", "though", "if", "when", "but", "and", "song", "con", "va", "nhu",
      // sentence adverbs a subject and its apposition may follow: "Meanwhile, Minister X said …"
      "meanwhile", "however", "moreover", "also", "additionally", "earlier", "later", "then", "still", "separately",
      "instead", "previously", "dong", "ra", "truoc", "sau", "hien", "nay");

  /**
   * Vietnamese sentence adverbs of two syllables, folded, whose first syllable alone opens names
   * and titles folded alike ({@code ngoại trưởng}, {@code Thời báo}).
   */
  private static final Set<String> NOT_SOURCE_PAIRS = Set.of("ngoai ra", "thoi gian", "thoi diem", "thoi ky");

  /** Whether the subject's first words are a pronoun, a conjunction or a sentence adverb. */
  private static boolean opensNoSource(List<String> words) {
    return NOT_SOURCES.contains(words.getFirst())
        || words.size() > 1 && NOT_SOURCE_PAIRS.contains(words.get(0) + " " + words.get(1));
  }

  private static boolean isRole(String subject, List<String> words) {
    String lower = subject.toLowerCase(Locale.ROOT);
    if (lower.startsWith("the ") && words.size() <= 5 && ROLE_NOUNS.contains(words.getLast())) {
      return true;
    }
    if (words.size() <= 6 && VI_DESCRIPTION_STARTS.contains(words.getFirst()) && !capitalizedAfterFirst(subject)) {
      return true;
    }
    return words.size() <= 5 && VI_TITLE_WORDS.containsAll(words) && !lower.startsWith("the ");
  }

  private static boolean capitalizedAfterFirst(String subject) {
    String[] written = subject.strip().split("\\s+");
    for (int i = 1; i < written.length; i++) {
      if (Character.isUpperCase(written[i].codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** A speaker as written is a name or a noun phrase about a person, not a clause. */
  private static boolean startsLikeName(String subject) {
    int first = subject.codePointAt(0);
    return Character.isLetter(first);
  }

  private static String stripArticle(String subject) {
    String lower = subject.toLowerCase(Locale.ROOT);
    return lower.startsWith("the ") ? subject.substring(4) : subject;
  }

  private List<SentenceSubjects.Subject> subjects;

  private List<SentenceSubjects.Subject> subjects() {
    if (subjects == null) {
      subjects = SentenceSubjects.of(text);
    }
    return subjects;
  }

  /**
   * The person the text was last about before {@code position}.
   *
   * @param forPronoun whether a pronoun asks, which may refer to a person who opened a sentence
   *     without speaking; a role ({@code the President}) refers to someone who spoke or is known
   */
  Speaker salient(int position, boolean forPronoun) {
    int bestPosition = -1;
    Speaker best = null;
    for (PersonMention mention : mentions) {
      if (mention.end() <= position && mention.start() > bestPosition && canBeSubject(mention)) {
        bestPosition = mention.start();
        best = new Speaker(mention.name(), mention.personId(), true);
      }
    }
    for (SentenceSubjects.Subject subject : forPronoun ? subjects() : List.<SentenceSubjects.Subject>of()) {
      // a person who opens a sentence is what its "he" refers to, though they said nothing
      if (subject.position() < position && subject.position() > bestPosition) {
        bestPosition = subject.position();
        Speaker described = subject.described()
            ? described(subject.position(), LookupKey.of(stripArticle(subject.name()))) : null;
        best = described != null ? described : new Speaker(subject.name(), null, false, subject.role());
      }
    }
    for (List<Anchor> anchors : List.of(speakers, named)) {
      for (Anchor anchor : anchors) {
        if (anchor.position() >= position || !anchor.personal()) {
          continue;
        }
        // a speaker named again since their statement ("Trump took a much more optimistic view …")
        // is what a later "he" refers to, though no registry knows the name
        int again = lastNamedAt(anchor.speaker().name(), anchor.position(), position);
        int at = Math.max(anchor.position(), again);
        if (at > bestPosition) {
          bestPosition = at;
          best = anchor.speaker();
        }
      }
    }
    return best;
  }

  /**
   * The last place in {@code [from, to)} where {@code name} stands as a whole word as the subject
   * of a sentence, or -1.
   */
  private int lastNamedAt(String name, int from, int to) {
    if (name == null || name.length() < 3) {
      return -1;
    }
    for (int at = text.lastIndexOf(name, to - name.length()); at >= from; at = text.lastIndexOf(name, at - 1)) {
      int end = at + name.length();
      boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
      if (whole && opensSentence(at)) {
        return at;
      }
    }
    return -1;
  }

  /**
   * The person a role ({@code the President}, {@code Tổng thống}) at {@code position} refers to:
   * the last one the text gave that role ({@code Tổng thống Trump}), else the last person who
   * spoke, else the person the text was last about.
   *
   * @param roleKey the role as a lookup key, without its article
   */
  private Speaker described(int position, String roleKey) {
    int bestPosition = -1;
    Speaker best = null;
    for (PersonMention mention : mentions) {
      if (mention.end() <= position && mention.start() > bestPosition
          && holdsRole(titleBefore(mention.start()), roleKey)) {
        bestPosition = mention.start();
        best = new Speaker(mention.name(), mention.personId(), true);
      }
    }
    for (List<Anchor> anchors : List.of(speakers, named)) {
      for (Anchor anchor : anchors) {
        String role = anchor.speaker().role();
        if (anchor.position() < position && anchor.position() > bestPosition && role != null
            && holdsRole(role, roleKey)) {
          bestPosition = anchor.position();
          best = anchor.speaker();
        }
      }
    }
    if (best != null) {
      return best;
    }
    for (List<Anchor> anchors : List.of(speakers, named)) {
      for (Anchor anchor : anchors) {
        if (anchor.position() < position && anchor.position() > bestPosition && anchor.personal()) {
          bestPosition = anchor.position();
          best = anchor.speaker();
        }
      }
    }
    return best != null ? best : salient(position, false);
  }

  /** Words from a sentence's start within which its subject's name begins. */
  private static final int OPENING_WORDS = 6;
  /** Words a role that opens a sentence may have: {@code Phó Thủ tướng}, {@code The minister}. */
  private static final int MAX_ROLE_WORDS = 5;

  /**
   * The person the sentence {@code text[from, to)} opens with, whatever its verb, after an
   * introductory clause if any: someone named within its first words ({@code Ông Macron không có
   * gì giải thích thêm, đành nói:}), a personal pronoun, a role ({@code Tổng thống Pháp chống chế:},
   * {@code The minister instead … added:}) or a name as written; null when it opens with none.
   */
  Speaker opening(int from, int to) {
    String sentence = text.substring(from, to);
    int comma = commaOutsideQuotes(sentence);
    if (comma > 0 && SpeakerNames.isClause(sentence.substring(0, comma))) {
      from += comma + 2;
    }
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    List<String> words = new ArrayList<>();
    java.util.regex.Matcher word = WORD.matcher(text).region(from, to);
    int wordsEnd = from;
    while (words.size() < OPENING_WORDS && word.find()) {
      words.add(word.group());
      wordsEnd = word.end();
    }
    if (words.isEmpty()) {
      return null;
    }
    for (PersonMention mention : mentions) {
      if (mention.start() >= from && mention.start() < wordsEnd && mention.end() <= to && canBeSubject(mention)) {
        return resolve(from, mention.end(), false);
      }
    }
    String first = LookupKey.of(words.getFirst());
    if (PRONOUNS.contains(first) && words.size() > 1 && !Character.isUpperCase(words.get(1).codePointAt(0))) {
      return salient(from, true);
    }
    for (int n = Math.min(MAX_ROLE_WORDS, words.size() - 1); n >= 1; n--) {
      String role = String.join(" ", words.subList(0, n));
      List<String> keys = List.of(LookupKey.of(role).split(" "));
      if (isRole(role, keys) && (n > 1 || !PRONOUNS.contains(first))) {
        return described(from, LookupKey.of(stripArticle(role)));
      }
    }
    for (SentenceSubjects.Subject subject : subjects()) {
      if (subject.position() >= from && subject.position() < wordsEnd && !subject.described()) {
        return new Speaker(subject.name(), null, false, subject.role());
      }
    }
    return null;
  }

  /** The first comma of a sentence that no quote mark opened before it encloses: {@code “tư tưởng, đạo đức”} holds none. */
  private static int commaOutsideQuotes(String sentence) {
    int open = 0;
    boolean straight = false;
    for (int i = 0; i + 1 < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '“' || c == '«') {
        open++;
      } else if ((c == '”' || c == '»') && open > 0) {
        open--;
      } else if (c == '"') {
        straight = !straight;
      } else if (c == ',' && sentence.charAt(i + 1) == ' ' && open == 0 && !straight) {
        return i;
      }
    }
    return -1;
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

  /** Whether a title as written holds the role's words: {@code Tổng thống Mỹ} holds {@code tong thong}. */
  private static boolean holdsRole(String title, String roleKey) {
    return (" " + LookupKey.of(title) + " ").contains(" " + roleKey + " ");
  }

  /** How far before a name its title may begin: {@code Thống đốc Ngân hàng Nhà nước Lê Minh Hưng}. */
  private static final int MAX_TITLE_LENGTH = 80;

  /** The words right before a name back to a clause mark: the title the text gives it there. */
  private String titleBefore(int nameStart) {
    int start = nameStart;
    while (start > 0 && nameStart - start < MAX_TITLE_LENGTH && ".,;:!?\n(“”\"".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    return text.substring(start, nameStart);
  }

  /** Honorifics a sentence's subject may begin with before the name. */
  private static final Set<String> HONORIFICS = Set.of("ong", "ba", "anh", "chi", "co", "mr", "mrs", "ms", "dr");

  /**
   * Whether a name at {@code at} begins its sentence, after an honorific at most
   * ({@code Trump took …}, {@code Ông Gendon kể lại}), not a phrase that merely holds it
   * ({@code Thủ tướng Malaysia}).
   */
  private boolean opensSentence(int at) {
    int i = at;
    while (i > 0 && ".!?\n".indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    String before = LookupKey.of(text.substring(i, at).replace(".", ""));
    return before.isEmpty() || HONORIFICS.contains(before);
  }

  private boolean canBeSubject(PersonMention mention) {
    int i = mention.start() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    int wordEnd = i + 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    String before = LookupKey.of(text.substring(i + 1, wordEnd));
    return !PREPOSITIONS.contains(before);
  }
}
