package vn.policykb.ingest.quotes;

import static vn.policykb.ingest.quotes.Attribution.FLAGS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ways a sentence says who said something, in English and in Vietnamese: around a quote
 * ({@code "…," he said}, {@code "…," said X}, {@code X said: "…"}, {@code theo X, "…"}) and around
 * a reported statement ({@code …, X said.}, {@code X cho biết …}, {@code according to X, …}). Each
 * names its subject {@code subj}; a reported statement's patterns name its words {@code content}
 * (or {@code c1} and {@code c2} around a parenthetical attribution).
 */
final class AttributionPatterns {

  private static final String VERBS = ReportingVerbs.alternation(
      concat(ReportingVerbs.ENGLISH, ReportingVerbs.VIETNAMESE));
  private static final String EN_VERBS = ReportingVerbs.alternation(ReportingVerbs.ENGLISH);
  private static final String VI_VERBS = ReportingVerbs.alternation(ReportingVerbs.VIETNAMESE);
  /** Any reporting verb. */
  static final Pattern VERB = Pattern.compile(VERBS, FLAGS);
  private static final String SAID = ReportingVerbs.alternation(List.of("said", "says", "added", "adds", "asked", "asks",
      "stated", "wrote", "writes", "continued", "continues", "explained", "explains", "noted", "notes", "replied",
      "recalled", "recalls"));
  /**
   * A character of a subject, or a bracket it holds, commas and all ({@code ông A (ngụ xã B,
   * huyện C)}): no clause punctuation outside brackets. Atomic, since the two never match at the
   * same place: the lazy subject is tried at every length, and a group to backtrack into costs.
   */
  private static final String SUBJECT_TEXT = "(?>[^,;:!?“”\"\\n(]|\\([^()\\n]{0,80}\\))";
  /**
   * A subject: no clause punctuation; an age ({@code Narcis Termes, 68,}) and an apposition
   * between commas ({@code appo}, a role mostly) may follow it.
   */
  private static final String SUBJECT = subject("");

  /** A subject, with {@code furtherAppositions} after its apposition. */
  private static String subject(String furtherAppositions) {
    return "(?<subj>" + SUBJECT_TEXT + "{1,160}?)(?:,\\s+\\d{1,3}(?:\\s+tuổi)?)?(?:,\\s+(?<appo>[^,;:“”\"\\n]{1,140}?)"
        + furtherAppositions + ",?)?";
  }

  /** An apposition after a comma; the last may go without its comma before the verb ({@code …, Thái Lan cho biết}). */
  private static final String SEGMENT = "[^,;:“”\"\\n]{1,140}?";
  /**
   * A subject after a quote may have two further appositions ({@code Dylan Nelson, a fellow at the
   * institute in Munich, Germany, and co-author of the study, said}): the first is its role; a verb
   * after {@code to} is none ({@code …, prompted users to argue}). Group {@code more} holds them,
   * for the caller to ask a name of such a subject: in {@code including breast, ovarian and lung
   * cancers, Prof Berzofsky explained} the subject is the last.
   */
  static final Pattern AFTER_SUBJECT_VERB = Pattern.compile(
      // "bà Hồ Thị Liên (trú xã Thạch Kênh), cho biết": a comma may close the subject
      "^\\s*[,.]?\\s*(?:[–—-]\\s*)?" + subject("(?<more>(?:,\\s+" + SEGMENT + "){1,2}?)?") + ",?\\s+"
      + "(?<!(?<![\\p{L}\\p{M}])to\\s)(?<verb>" + VERBS + ")", FLAGS);
  static final Pattern AFTER_VERB_SUBJECT = Pattern.compile(
      "^\\s*[,.]?\\s*(?:[–—-]\\s*)?(?<verb>" + SAID + ")\\s+(?<subj>[^,;:!?“”\"\\n]{1,160}?)\\s*"
      + "(?:,\\s*(?<appo>[^,;:!?“”\"\\n]{1,120}?)\\s*(?:[,;].*)?|;.*)?[.!?]?$", FLAGS);
  private static final Pattern AFTER_ACCORDING = Pattern.compile(
      "^\\s*[,.]?\\s*(?:according\\s+to|theo)\\s+(?<subj>[^,;:!?“”\"\\n]{1,160}?)\\s*(?:[,;].*)?[.!?]?$", FLAGS);
  /** A name as a short run of capitalized words, or a personal pronoun: the subject of a verb no list holds. */
  private static final String NAME_OR_PRONOUN = "(?<subj>(?-i:\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3})"
      + "|he|she|ông|bà|anh|chị|cô|ông ấy|bà ấy|anh ấy|chị ấy)";
  /** One to three lowercase words: a verb and its adverb, whatever the verb ({@code quipped}, {@code tự tin}). */
  private static final String ANY_VERB = "(?<verb>(?-i:[\\p{Ll}\\p{M}]+(?:\\s+[\\p{Ll}\\p{M}]+){0,2}))";
  /**
   * {@code "…," Rowin tự tin.}: a name and one to three lowercase words ending the sentence after
   * the quote's comma read as its cue, whatever the verb; tried last.
   */
  private static final Pattern AFTER_ANY_VERB = Pattern.compile(
      "^\\s*,\\s*" + NAME_OR_PRONOUN + "\\s+" + ANY_VERB + "\\s*[.!]?\\s*$", FLAGS);
  /** The same after a quote that ends with its own comma, as English writes it: {@code "…," McDowell laughed.} */
  static final Pattern AFTER_OWN_COMMA_ANY_VERB = Pattern.compile(
      "^\\s+" + NAME_OR_PRONOUN + "\\s+" + ANY_VERB + "\\s*[.!]?\\s*$", FLAGS);
  /**
   * {@code ”, cô Vân xót xa nói.}, {@code " - ông Quán hào hứng nói.}: one to three lowercase words
   * of manner between the subject and a reporting verb that ends the sentence ({@code manner}:
   * whether they are no title's last words nor a negation is for the caller to tell).
   */
  private static final Pattern AFTER_SUBJECT_MANNER_VERB = Pattern.compile(
      "^\\s*[,.]?\\s*(?:[–—-]\\s*)?(?<subj>" + SUBJECT_TEXT + "{1,120}?)\\s+"
      + "(?<manner>(?-i:\\p{Ll}[\\p{L}\\p{M}]*)(?:\\s+(?-i:\\p{Ll}[\\p{L}\\p{M}]*)){0,2}),?\\s+"
      + "(?<verb>" + VERBS + ")(?:\\s+thêm)?\\s*[.!?]?\\s*$", FLAGS);
  /**
   * {@code ”, Reuters dẫn lời ông Duterte hôm 19/11 nói với …}: the words are the speaker's, the
   * news agency only carries them.
   */
  private static final Pattern AFTER_QUOTED_BY = Pattern.compile(
      "^\\s*[,.]?\\s*(?:[–—-]\\s*)?[^,;:!?“”\"\\n]{1,80}?\\s+dẫn\\s+lời\\s+(?<subj>[^,;:!?“”\"\\n]{1,160}?)"
      + "(?:,\\s+(?<appo>[^,;:!?“”\"\\n]{1,140}?))??"
      + "(?:\\s+(?:(?:hôm|ngày|sáng|chiều|tối|trong|tại|khi|trên)(?![\\p{L}\\p{M}])|" + VERBS + ").*|\\s*[,.!?].*|\\s*)$",
      FLAGS);
  /** An attribution right after a closing quote mark, to the end of its sentence; tried in order. */
  static final List<Pattern> AFTER_QUOTE = List.of(AFTER_ACCORDING, AFTER_QUOTED_BY, AFTER_VERB_SUBJECT, AFTER_SUBJECT_VERB,
      AFTER_SUBJECT_MANNER_VERB, AFTER_ANY_VERB);

  /** Words that deny the verb after them, not its manner: {@code ông không nói}. */
  private static final Set<String> NEGATIONS = Set.of("không", "chưa", "chẳng", "chả", "not", "never", "did", "does");

  /**
   * Whether the words a pattern took for the manner of saying are that: not a negation, and not
   * the end of a title the subject began ({@code Thủ tướng nói}: {@code tướng} ends {@code Thủ tướng}).
   */
  static boolean isManner(String manner) {
    String first = manner.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
    return !NEGATIONS.contains(first) && !SpeakerResolver.isTitleWord(first);
  }

  /**
   * A subject before a colon may have further appositions ({@code sinh viên A, lớp B, Học viện C
   * bày tỏ:}): without them the last would be taken for the subject, the one before for its apposition.
   */
  private static final Attribution BEFORE_COLON = Attribution.of(
      SUBJECT + "(?:,\\s+" + SEGMENT + "){0,2}", "\\s+(?<verb>" + VERBS + ")(?:\\s+[^,;:“”\".\\n]{1,60}?)?\\s*:\\s*$");
  /** A verb right before the quote, or a few words before it ({@code nói họ "…"}, a partial quote). */
  private static final Attribution BEFORE_BARE = Attribution.of(
      SUBJECT, "\\s+(?<verb>" + VERBS + ")(?:\\s+[^,;:“”\".\\n]{1,30}?)?\\s*,?\\s*$");
  private static final Attribution BEFORE_ACCORDING = Attribution.of(
      // "Theo Weather.com đưa tin “…”", "Theo ông A cho biết, “…”": the Vietnamese "theo X" with its verb
      "", "(?:according\\s+to|theo)\\s+(?<subj>[^,;:!?“”\"\\n]{1,120}?)"
      + "(?:\\s*[,:]|\\s+(?:đưa tin|cho biết|cho hay)\\s*[,:]?)\\s*$");
  /**
   * A sentence that introduces the quote after it: a short subject and a reporting verb at its
   * start, and no quote of its own at its end ({@code Trump said in his mock voice.},
   * {@code Tổng thống Moon kêu gọi …}).
   */
  static final Pattern PREVIOUS_CUE = Pattern.compile(
      "^(?<subj>[^,;:!?“”\"\n]{1,60}?)\\s+(?<verb>" + VERBS + ")(?:[^“”\"\n]|“[^”\n]{1,30}”|\"[^\"\n]{1,30}\")*[.:]?\\s*$", FLAGS);
  /** An adverb or a date between a subject and its verb: {@code proudly}, {@code hôm 18/3}. */
  private static final String LOWER_WORDS =
      "(?:(?-i:\\p{Ll}+ly)\\s+|(?:hôm|ngày|sáng|chiều|tối|on|last|this)\\s+[\\p{L}\\p{N}/-]+\\s+){0,2}?";
  /** Auxiliaries and adverbs before a reporting verb: {@code has said}, {@code had also told}. */
  private static final String AUXILIARIES = "(?:(?:has|have|had|also|later|then|previously)\\s+){0,2}";

  /**
   * A partial quote inside a reported clause: a subject and a reporting verb at the sentence's
   * start, a few words between (adverbs, a date), and no other quote before this one
   * ({@code A Plaid AM said the group as a whole was "not happy"},
   * {@code David Johnson … proudly called the carillon "the poor people's bells."}).
   */
  static final Pattern PARTIAL_CUE = Pattern.compile(
      "^" + SUBJECT + "\\s+" + LOWER_WORDS + "(?<verb>" + VERBS
      + "|called|calls|described|describes|gọi|mô tả|ví)(?![\\p{L}\\p{M}])"
      // "said in his mock "news anchor" voice": a verb and an adverbial phrase hold no reported clause
      + "(?!\\s+(?:in|with|at|on|during|after|before|trong|với|tại|bằng|khi|sau|trước)(?![\\p{L}\\p{M}]))"
      + "[^“”\"«»\\n]{0,200}$", FLAGS);

  /**
   * The end of a cue that opens a whole quote: a colon or a comma, or the verb itself, or
   * {@code that}/{@code rằng} right after it ({@code X said "…"}, {@code X nói rằng “…”}); other
   * words before the mark are the sentence's own, the quote a part of it.
   */
  static final Pattern CUE_END = Pattern.compile(
      "(?:[:,]|(?:" + VERBS + ")(?:\\s+thêm)?(?:\\s+(?:that|rằng))?)\\s*$", FLAGS);

  /** Verbs that name what something is called, a partial quote their object's name. */
  static final Pattern NAMING_VERB = Pattern.compile("called|calls|described|describes|gọi|mô tả|ví", FLAGS);
  /** A word that makes a clause of what follows a verb: a copula, an auxiliary, a negation, "that". */
  static final Pattern FINITE = Pattern.compile("(?<![\\p{L}\\p{M}'’])(?:that|was|were|is|are|be|been|being|would|will|could"
      + "|should|can|may|might|has|have|had|did|does|do|not|rằng|là|sẽ|đã|đều|không|đang|bị|được|cần|phải|có thể)"
      + "(?![\\p{L}\\p{M}])|n['’]t\\b|['’]s\\s", FLAGS);

  /** What lies between a quote and a further part of its sentence that the same speaker's cue leads: {@code , gọi đây là}. */
  static final Pattern INSIDE_CUE = Pattern.compile(
      "[,;]\\s+(?:(?:và|đồng thời|and)\\s+)?(?:" + VERBS + "|gọi|calling|adding|describing|saying|telling)(?![\\p{L}\\p{M}])"
      + "[^“”\"«»\\n]{0,120}$", FLAGS);

  /** {@code Rowin tự tin: "…"}: a name and a verb no list holds, then a colon or a comma, open the quote. */
  static final Attribution BEFORE_ANY_VERB = Attribution.of("", "^\\s*" + NAME_OR_PRONOUN + "\\s+" + ANY_VERB + "\\s*[:,]\\s*$");
  /** An attribution from its sentence's start to an opening quote mark; tried in order. */
  static final List<Attribution> BEFORE_QUOTE = List.of(BEFORE_ACCORDING, BEFORE_COLON, BEFORE_BARE, BEFORE_ANY_VERB);

  /** A subject without apposition: where a clause ends before it, an apposition would be ambiguous. */
  private static final String PLAIN_SUBJECT = "(?<subj>" + SUBJECT_TEXT + "{1,160}?)";
  private static final List<String> TRAILING_VERB_LIST = List.of("said", "says", "say", "added", "stated", "noted",
      "stressed", "explained", "affirmed", "emphasised", "emphasized", "insisted", "warned", "argued", "concluded",
      "observed", "reported", "reports", "suggested", "claimed", "admitted", "acknowledged", "confirmed", "announced",
      "wrote", "predicted", "believes", "cautioned", "conceded", "countered", "recalled", "tweeted");
  private static final Set<String> TRAILING_VERBS = ReportingVerbs.lastWords(TRAILING_VERB_LIST, "told");
  /** A day or a time after a trailing verb: {@code …, the Post reported Sunday.}, {@code … said on Friday.} */
  private static final String EN_WHEN = "(?:\\s+(?:on\\s+|last\\s+|this\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
      + "|Saturday|Sunday|today|yesterday|week|month|night|morning|afternoon|evening))?"
      // "… said at a conference in Yunnan province.", "… told CNBC in an interview this week."
      // ("Vindman reported to him." reports to someone, and says nothing)
      + "(?:\\s+(?:in|at|on|during|after|before|from|with)\\s+[^,;:!?“”\"\\n]{1,60}?)?";
  private static final Set<String> EN_VERB_STARTS = ReportingVerbs.firstWords(ReportingVerbs.ENGLISH);
  // the words each gate below looks for, made once: the gates run on every sentence
  private static final Set<String> SAID_ADDED_STATED = Set.of("said", "says", "added", "stated");
  private static final Set<String> SAID_ADDED_NOTED = Set.of("said", "says", "added", "noted");
  private static final Set<String> SAID_SAYS = Set.of("said", "says");
  private static final Set<String> ACCORDING = Set.of("according");
  private static final Set<String> ACCORDING_THEO = Set.of("according", "theo");
  private static final Set<String> THAT = Set.of("that");
  private static final Set<String> ADDING = Set.of("adding");
  private static final Set<String> SAID_SAYING = Set.of("said", "saying");
  private static final Set<String> THEO = Set.of("theo");
  private static final Set<String> RANG = Set.of("rằng");
  /** Auxiliaries and adverbs before a Vietnamese reporting verb: {@code đã phát biểu}, {@code cũng cho biết}. */
  private static final String VI_AUXILIARIES = "(?:(?:đã|cũng|vừa|từng|còn|lại|đều)\\s+){0,2}";
  /** Vietnamese verbs that take a {@code rằng} clause after an object or an adverbial. */
  private static final String VI_THAT_VERBS = ReportingVerbs.alternation(List.of("nói", "phát biểu", "cho biết",
      "khẳng định", "tuyên bố", "nhấn mạnh", "cho rằng", "thấy", "đề cập", "nghĩ", "tin", "xác nhận", "thừa nhận",
      "thông báo", "chia sẻ"));
  private static final String TRAILING_TAIL = "(?:,\\s+(?:adding|noting|stressing|saying|urging|explaining)\\b.*)?";
  private static final Set<String> VI_VERB_ENDS = ReportingVerbs.lastWords(ReportingVerbs.VIETNAMESE, "thêm");
  private static final SentenceWords.Phrases VI_VERB_PHRASES = SentenceWords.Phrases.of(ReportingVerbs.VIETNAMESE);
  /** A time or an addressee right after a Vietnamese reporting verb ({@code đưa tin hôm Chủ nhật}, {@code nói với}). */
  private static final List<String> VI_WHEN_OR_WHOM = List.of("hôm", "ngày", "sáng", "chiều", "tối", "với", "trên", "tại");
  /** The last word of each Vietnamese verb with each of those after it: the pairs that gate the pattern of both. */
  private static final Set<String> VI_VERB_BEFORE_WHEN = Set.copyOf(
      pairs(List.copyOf(ReportingVerbs.lastWords(ReportingVerbs.VIETNAMESE)), VI_WHEN_OR_WHOM));
  /** A reported statement whose attribution ends its sentence ({@code …, X said.}); tried in order. */
  static final List<Attribution> REPORTED_TRAILING = List.of(
      Attribution.of(words -> words.hasAny(TRAILING_VERBS),
          // "… for "emotional reasons," the show's creator said.": the content's last quote holds its comma
          "^(?<content>.{12,}?),[”\"]?\\s+" + PLAIN_SUBJECT, "\\s+(?<verb>" + ReportingVerbs.alternation(TRAILING_VERB_LIST)
          + "|told\\s+\\S+(?:\\s+\\S+)?)" + EN_WHEN + TRAILING_TAIL + "\\s*[.!?]?$"),
      // "…, says investor Kai-Fu Lee, who has worked for Google.": an apposition may follow the name
      Attribution.of(words -> words.hasAny(SAID_ADDED_STATED), "^(?<content>.{12,}?)",
          ",[”\"]?\\s+(?<verb>said|says|added|stated)\\s+(?<subj>[^,;:!?“”\"\\n]{1,160}?)"
          + "(?:,\\s+(?<appo>[^;:!?“”\"\\n]{1,160}?))?\\s*[.!?]?$"),
      Attribution.of(words -> words.hasAny(ACCORDING), "^(?<content>.{12,}?)", ",\\s+according\\s+to\\s+(?<subj>[^,;:!?“”\"\\n]{1,160}?)\\s*[.!?]?$"),
      Attribution.of(words -> words.endsWithAny(VI_VERB_ENDS),
          "^(?<content>.{12,}?),\\s+" + PLAIN_SUBJECT, "\\s+(?<verb>" + VI_VERBS + ")(?:\\s+thêm)?\\s*[.!?]?$"),
      // "…, theo báo chí địa phương đưa tin.", "…, theo như tin đưa từ truyền thông địa phương."
      // (the news said so: "theo X" alone is often a rule or a plan, "theo quy định")
      Attribution.of(words -> words.hasAny(THEO), "^(?<content>.{12,}?)",
          ",\\s+theo\\s+(?:như\\s+)?tin\\s+(?:được\\s+)?(?:đưa\\s+)?(?:từ\\s+)?(?<subj>[^,;:!?“”\"\\n]{1,120}?)\\s*[.!?]?$"),
      Attribution.of(words -> words.hasAny(THEO), "^(?<content>.{12,}?)",
          ",\\s+theo\\s+(?<subj>[^,;:!?“”\"\\n]{1,120}?)\\s+(?:đưa tin|cho biết)\\s*[.!?]?$"),
      // "…, tờ South China Morning Post đưa tin hôm Chủ nhật.": a time or an addressee after the verb
      Attribution.of(words -> words.hasAnyPair(VI_VERB_BEFORE_WHEN) && words.hasAny(VI_VERB_PHRASES),
          "^(?<content>.{12,}?),\\s+" + PLAIN_SUBJECT, "\\s+(?:đã\\s+)?(?<verb>" + VI_VERBS + ")"
          + "\\s+(?:" + String.join("|", VI_WHEN_OR_WHOM) + ")\\s+[^,;:“”\"\\n]{1,80}?\\s*[.!?]?$"));
  /** Verbs that take a clause without "that" ({@code confirmed the woman … is local}). */
  private static final List<String> CLAUSE_VERB_LIST = List.of("confirmed", "announced", "believes", "believe",
      "believed", "argued", "argue", "predicted", "predict", "warned", "insisted", "claimed", "acknowledged", "admitted",
      "suggested", "noted", "added", "estimated");
  private static final String CLAUSE_VERBS = ReportingVerbs.alternation(CLAUSE_VERB_LIST);
  private static final Set<String> CLAUSE_VERB_WORDS = Set.copyOf(CLAUSE_VERB_LIST);
  private static final List<String> EN_FINITE = List.of("is", "was", "were", "are", "would", "will", "could", "should",
      "must", "might", "may", "can", "had", "has", "have");
  private static final Set<String> EN_FINITE_WORDS = Set.copyOf(EN_FINITE);

  /** Verbs of saying and thinking, not of asking: "urged them to", "yêu cầu họ phải" report no statement. */
  private static final List<String> PRONOUN_CLAUSE_VERB_LIST = List.of("said", "says", "announced", "added", "stated",
      "noted", "told", "explained", "insisted", "declared", "warned", "argued", "confirmed", "admitted", "acknowledged",
      "believes", "believed", "revealed", "recalled", "stressed", "nói", "phát biểu", "cho biết", "khẳng định",
      "tuyên bố", "nhấn mạnh", "cho rằng", "xác nhận", "thừa nhận", "tiết lộ", "cho hay");
  private static final String PRONOUN_CLAUSE_VERBS = ReportingVerbs.alternation(PRONOUN_CLAUSE_VERB_LIST);
  private static final SentenceWords.Phrases PRONOUN_CLAUSE_VERB_WORDS = SentenceWords.Phrases.of(PRONOUN_CLAUSE_VERB_LIST);
  /** Not after a form of "be": "Residents are now being told it will …" names whom it was told, not who told. */
  private static final String NOT_PASSIVE = "(?<!(?:is|are|was|were|be|being|been|bị|được)\\s)";
  private static final List<String> EN_SUBJECT_PRONOUNS = List.of("he", "she", "they", "we", "i", "it");
  private static final List<String> EN_CLAUSE_AUXILIARIES = List.of("would", "will", "was", "were", "is", "are", "had",
      "has", "could", "should", "might", "must", "did", "does", "do", "can", "won't", "wouldn't");
  private static final List<String> VI_SUBJECT_PRONOUNS = List.of("ông", "bà", "anh", "chị", "họ", "chúng tôi", "tôi", "cô", "em");
  private static final List<String> VI_CLAUSE_AUXILIARIES = List.of("sẽ", "đã", "đang", "không", "vẫn", "cần", "phải",
      "muốn", "có thể", "chưa");
  /** A subject pronoun and an auxiliary: the start of a clause, not an object ("told him"). */
  private static final String PRONOUN_CLAUSE = "(?:(?:" + String.join("|", EN_SUBJECT_PRONOUNS) + ")\\s+(?:"
      + String.join("|", EN_CLAUSE_AUXILIARIES) + ")|(?:" + String.join("|", VI_SUBJECT_PRONOUNS) + ")\\s+(?:"
      + String.join("|", VI_CLAUSE_AUXILIARIES) + "))(?![\\p{L}\\p{M}])";
  /** The same pairs as a gate: a sentence without one of them next to each other cannot match. */
  private static final SentenceWords.Phrases PRONOUN_CLAUSE_STARTS = SentenceWords.Phrases.of(concat(
      pairs(EN_SUBJECT_PRONOUNS, EN_CLAUSE_AUXILIARIES), pairs(VI_SUBJECT_PRONOUNS, VI_CLAUSE_AUXILIARIES)));
  /**
   * What {@code theo} is followed by when it means "under" or "as", not "according to": a rule, a
   * plan, an agreement ({@code Theo quy định của Indonesia, …}).
   */
  private static final String NOT_A_SOURCE_AFTER_THEO = "(?!\\s+(?:quy định|kế hoạch|luật|bộ luật|nghị định|nghị quyết|thông tư"
      + "|hướng dẫn|chương trình|dự kiến|lịch trình|quyết định|điều|khoản|hợp đồng|thoả thuận|thỏa thuận|truyền thống|đó"
      + "|như vậy|đúng|thời gian|yêu cầu|đề nghị|chỉ đạo)(?![\\p{L}\\p{M}]))";
  /** A conjunction before {@code theo X,}: {@code Còn theo Fox News, …}, {@code But according to …}. */
  private static final String LEADING_LINK = "(?:(?:còn|và|nhưng|song|and|but|yet)\\s+)?";
  /** Vietnamese verbs whose object is what was said, with no comma or {@code rằng} needed. */
  private static final List<String> VI_CLAUSE_VERB_LIST = List.of("cho biết", "cho hay", "cho rằng", "khẳng định",
      "nhấn mạnh", "cảnh báo", "thừa nhận", "tiết lộ", "xác nhận", "dự đoán", "dự báo", "lưu ý", "thông báo",
      "phản ánh", "nêu rõ", "tin rằng", "chia sẻ");
  private static final String VI_CLAUSE_VERBS = ReportingVerbs.alternation(VI_CLAUSE_VERB_LIST);
  private static final SentenceWords.Phrases VI_CLAUSE_VERB_WORDS = SentenceWords.Phrases.of(VI_CLAUSE_VERB_LIST);
  /**
   * A reported statement whose attribution comes first ({@code X said that …}) or in the middle
   * ({@code …, X said, …}); tried in order.
   */
  static final List<Attribution> REPORTED_LEADING = List.of(
      Attribution.of(words -> words.hasAny(ACCORDING_THEO), "^", LEADING_LINK + "(?:according\\s+to|theo" + NOT_A_SOURCE_AFTER_THEO + ")\\s+(?<subj>[^,;:!?“”\"\\n]{1,160}?),\\s+(?<content>.{12,})$"),
      Attribution.of(words -> words.anyBeforeClause(SAID_ADDED_NOTED), "^(?<c1>.{5,}?),\\s+(?<subj>[^,;:!?“”\"\\n]{1,60}?)", "\\s+(?<verb>said|says|added|noted),\\s+(?<c2>.{8,})$"),
      Attribution.of(words -> words.hasAny(SAID_SAYS), "^" + SUBJECT, "\\s+" + AUXILIARIES + "(?<verb>said|says)\\s+(?<content>(?!that\\b).{12,})$"),
      // "A police spokesman has confirmed the woman whose body was found is local …": a clause
      // without "that", a finite verb among its first words
      Attribution.of(words -> words.hasAny(CLAUSE_VERB_WORDS) && words.hasAny(EN_FINITE_WORDS), "^" + SUBJECT,
          "\\s+" + AUXILIARIES + "(?<verb>" + CLAUSE_VERBS + ")\\s+(?<content>(?!that\\b|to\\b)(?:the|a|an|his|her|its|their|"
          + "(?-i:\\p{Lu}))[^,;:“”\"]{0,60}?\\s(?:" + String.join("|", EN_FINITE) + ")\\s.{4,})$"),
      Attribution.of(words -> words.hasAny(THAT) && words.hasAny(EN_VERB_STARTS),
          "^" + SUBJECT, "\\s+" + AUXILIARIES + "(?<verb>" + EN_VERBS + ")(?:\\s+[^,;“”\"]{1,80}?)??\\s+that\\s+(?<content>.{12,})$"),
      // "Oriol Junqueras … announced he would run …", "… tuyên bố ông sẽ ra tranh cử …": a subject
      // pronoun and an auxiliary right after the verb begin the clause it reports
      Attribution.of(words -> words.hasAny(PRONOUN_CLAUSE_VERB_WORDS) && words.hasAny(PRONOUN_CLAUSE_STARTS), "^" + SUBJECT,
          "\\s+" + AUXILIARIES + VI_AUXILIARIES + NOT_PASSIVE + "(?<verb>" + PRONOUN_CLAUSE_VERBS + ")\\s+(?<content>" + PRONOUN_CLAUSE + ".{8,})$"),
      // "Mỹ lại khăng khăng rằng …", "Luke Walton đã thông báo rằng …": an auxiliary before the verb
      Attribution.of(words -> words.anyBeforeClause(VI_VERB_ENDS), "^" + SUBJECT, "\\s+" + VI_AUXILIARIES + "(?<verb>" + VI_VERBS
          + ")(?:\\s+thêm)?(?:\\s*[,:]\\s*|\\s+rằng\\s*,?\\s*)(?<content>.{12,})$"),
      // "Trang Techcrunch cho biết khoảng 540.000 hồ sơ …": the verbs that take a clause and nothing else;
      // "với" after the verb names whom it was said to ("thông báo với nhân viên rằng …"), no clause
      Attribution.of(words -> words.hasAny(VI_CLAUSE_VERB_WORDS), "^" + SUBJECT,
          "\\s+" + LOWER_WORDS + "(?<verb>" + VI_CLAUSE_VERBS + ")(?:\\s+thêm)?\\s+(?!(?:thêm\\s+)?với\\s)(?<content>[^\\s,:].{11,})$"),
      // "Ford nói với Ủy ban Tư pháp Thượng viện rằng …": an addressee or a time between the verb and "rằng",
      // only after the verbs of saying and thinking (not "yêu cầu", "hy vọng")
      Attribution.of(words -> words.hasAny(RANG), "^" + SUBJECT,
          "\\s+" + VI_AUXILIARIES + "(?<verb>" + VI_THAT_VERBS + ")"
          + "(?:\\s+(?:với|trước|hôm|ngày|tại|trong|sau|khi|vào)\\s+[^,;“”\"]{1,80}?)?\\s+rằng\\s*,?\\s+(?<content>.{12,})$"));
  /**
   * {@code Cảnh sát đã phát hiện … và cho biết …}, {@code Văn phòng … đã công bố một báo cáo, cho
   * biết …}: a subject before an auxiliary, what it did, and a reporting verb that takes the clause.
   */
  static final Attribution VI_AND_SAID = Attribution.of(words -> words.hasAny(VI_CLAUSE_VERB_WORDS),
      "^(?<subj>[^,;:!?“”\"\\n]{1,100}?)\\s+(?:đã|vừa|cũng|đang)\\s+[^“”\"]{1,160}?",
      "(?:,|\\s+và)\\s+(?<verb>cho biết|cho hay|cho rằng|khẳng định|nhấn mạnh)\\s+(?:rằng\\s+)?(?<content>[^\\s,:].{11,})$");
  /**
   * {@code Pompeo met Ri … and said afterwards that he would …}, {@code The Coroner's Office
   * released a report Friday, saying the cause of death is …}: a subject, what it did, and a
   * statement it made with it.
   */
  static final Attribution EN_AND_SAID = Attribution.of(words -> words.hasAny(SAID_SAYING),
      "^(?<subj>[^,;:!?“”\"\\n]{1,80}?)\\s+(?:has\\s+|have\\s+|had\\s+)?(?-i:\\p{Ll}+)\\s[^;“”\"]{0,160}?",
      "(?:,?\\s+and\\s+(?<verb>said)(?:\\s+(?:afterwards|later|then|(?-i:\\p{Ll}+ly)))?|,?\\s+saying)"
      + "(?:\\s+that)?\\s+(?<content>(?-i:[\\p{Lu}\\p{Ll}]).{11,})$");

  /**
   * {@code Ông Ri Yong Ho phát biểu trong phiên họp …, cho biết …}: a short subject of two words
   * or more that ends with a name (not a capital that only opens the sentence, {@code Lúc …}),
   * what it did, and a reporting verb that takes the clause.
   */
  static final Attribution VI_NAME_AND_SAID = Attribution.of(words -> words.hasAny(VI_CLAUSE_VERB_WORDS),
      "^(?<subj>[^,;:!?“”\"\\n]{1,40}?\\s(?-i:\\p{Lu})[\\p{L}\\p{M}.'’-]*)\\s+(?-i:\\p{Ll})[^“”\"]{1,160}?",
      "(?:,|\\s+và)\\s+(?<verb>cho biết|cho hay|cho rằng|khẳng định|nhấn mạnh)\\s+(?:rằng\\s+)?(?<content>[^\\s,:].{11,})$");

  /** {@code X …ed …, adding that …}: the statement after "adding that", when nothing else matched. */
  static final Attribution ADDING_THAT = Attribution.of(words -> words.hasAny(ADDING),
      "^(?<subj>[^,;:!?“”\"\\n]{1,80}?)\\s+\\p{L}+ed\\b[^;“”\"]*?", ",\\s+adding\\s+that\\s+(?<content>.{12,})$");

  /** The first words of what any pattern of an attribution needs. */
  static final Set<String> ATTRIBUTION_WORDS = ReportingVerbs.firstWords(concat(
      concat(ReportingVerbs.ENGLISH, ReportingVerbs.VIETNAMESE),
      List.of("according", "theo", "adding", "affirmed", "emphasised", "emphasized", "insisted", "warned", "argued",
          "concluded", "observed", "told", "said", "says", "added", "stated", "noted", "stressed", "explained")));

  private AttributionPatterns() {}

  /**
   * Every subject with every auxiliary, as the words a sentence shows them: {@code won't} is the
   * word {@code won} and a letter after the apostrophe.
   */
  private static List<String> pairs(List<String> subjects, List<String> auxiliaries) {
    List<String> pairs = new ArrayList<>();
    for (String subject : subjects) {
      for (String auxiliary : auxiliaries) {
        int apostrophe = auxiliary.indexOf('\'');
        pairs.add(subject + " " + (apostrophe < 0 ? auxiliary : auxiliary.substring(0, apostrophe)));
      }
    }
    return pairs;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
