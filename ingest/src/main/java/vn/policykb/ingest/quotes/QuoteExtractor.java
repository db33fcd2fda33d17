package vn.policykb.ingest.quotes;

import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykb.ingest.people.PeopleRecognizer;
import vn.policykb.ingest.people.PersonMention;

/**
 * Finds what people say in an article, in English and in Vietnamese: direct quotes (words between
 * quote marks that a reporting verb attributes to someone) and reported statements (a clause a
 * reporting verb attributes to a person, without quote marks).
 *
 * <p>Words between quote marks are a quote only when the sentence says who said them, right
 * after the closing mark ({@code "…," he said}, {@code "…," said X}, {@code “…”, ông nói}) or
 * right before the opening one ({@code X said: "…"}), or when they continue a quote just
 * attributed. A title, a term or a scare quote ({@code "Miracle on the Han River"},
 * {@code "incubators"}) has no such attribution, and is left out.
 */
public final class QuoteExtractor {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final String VERBS = ReportingVerbs.alternation(
      concat(ReportingVerbs.ENGLISH, ReportingVerbs.VIETNAMESE));
  private static final String EN_VERBS = ReportingVerbs.alternation(ReportingVerbs.ENGLISH);
  private static final String VI_VERBS = ReportingVerbs.alternation(ReportingVerbs.VIETNAMESE);
  private static final Pattern VERB = Pattern.compile(VERBS, FLAGS);
  private static final String SAID = ReportingVerbs.alternation(List.of("said", "says", "added", "asked", "stated", "wrote", "continued", "explained", "noted"));
  /** A subject: no clause punctuation; an apposition between commas may follow it. */
  private static final String SUBJECT = "(?<subj>[^,;:!?“”\"\\n]{1,160}?)(?:,\\s+[^,;:“”\"\\n]{1,140}?,?)?";

  private static final Pattern AFTER_SUBJECT_VERB = Pattern.compile(
      "^\\s*[,.]?\\s*(?:[–—-]\\s*)?" + SUBJECT + "\\s+(?<verb>" + VERBS + ")", FLAGS);
  private static final Pattern AFTER_VERB_SUBJECT = Pattern.compile(
      "^\\s*[,.]?\\s*(?:[–—-]\\s*)?(?<verb>" + SAID + ")\\s+(?<subj>[^,;:!?“”\"\\n]{1,160}?)\\s*(?:[,;].*)?[.!?]?$", FLAGS);
  private static final Pattern AFTER_ACCORDING = Pattern.compile(
      "^\\s*[,.]?\\s*(?:according\\s+to|theo)\\s+(?<subj>[^,;:!?“”\"\\n]{1,160}?)\\s*(?:[,;].*)?[.!?]?$", FLAGS);
  private static final Attribution BEFORE_COLON = Attribution.of(
      SUBJECT, "\\s+(?<verb>" + VERBS + ")(?:\\s+[^,;:“”\".\\n]{1,60}?)?\\s*:\\s*$");
  /** A verb right before the quote, or a few words before it ({@code nói họ "…"}, a partial quote). */
  private static final Attribution BEFORE_BARE = Attribution.of(
      SUBJECT, "\\s+(?<verb>" + VERBS + ")(?:\\s+[^,;:“”\".\\n]{1,30}?)?\\s*,?\\s*$");
  private static final Attribution BEFORE_ACCORDING = Attribution.of(
      "", "(?:according\\s+to|theo)\\s+(?<subj>[^,;:!?“”\"\\n]{1,120}?)\\s*[,:]\\s*$");

  /** A subject without apposition: where a clause ends before it, an apposition would be ambiguous. */
  private static final String PLAIN_SUBJECT = "(?<subj>[^,;:!?“”\"\\n]{1,160}?)";
  private static final Set<String> TRAILING_VERBS = Set.of("said", "says", "added", "stated", "noted", "stressed",
      "explained", "affirmed", "emphasised", "emphasized", "insisted", "warned", "argued", "concluded", "observed", "told");
  private static final Set<String> EN_VERB_STARTS = ReportingVerbs.firstWords(ReportingVerbs.ENGLISH);
  // the words each gate below looks for, made once: the gates run on every sentence
  private static final Set<String> SAID_ADDED_STATED = Set.of("said", "says", "added", "stated");
  private static final Set<String> SAID_ADDED_NOTED = Set.of("said", "says", "added", "noted");
  private static final Set<String> SAID_SAYS = Set.of("said", "says");
  private static final Set<String> ACCORDING = Set.of("according");
  private static final Set<String> ACCORDING_THEO = Set.of("according", "theo");
  private static final Set<String> THAT = Set.of("that");
  private static final Set<String> ADDING = Set.of("adding");
  private static final String TRAILING_TAIL = "(?:,\\s+(?:adding|noting|stressing|saying|urging|explaining)\\b.*)?";
  private static final Set<String> VI_VERB_ENDS = ReportingVerbs.lastWords(ReportingVerbs.VIETNAMESE, "thêm");
  private static final List<Attribution> REPORTED_TRAILING = List.of(
      Attribution.of(words -> words.hasAny(TRAILING_VERBS),
          "^(?<content>.{12,}?),\\s+" + PLAIN_SUBJECT, "\\s+(?<verb>said|says|added|stated|noted|stressed|explained"
          + "|affirmed|emphasised|emphasized|insisted|warned|argued|concluded|observed|told\\s+\\S+(?:\\s+\\S+)?)"
          + TRAILING_TAIL + "\\s*[.!?]?$"),
      Attribution.of(words -> words.hasAny(SAID_ADDED_STATED),
          "^(?<content>.{12,}?)", ",\\s+(?<verb>said|says|added|stated)\\s+(?<subj>[^,;:!?“”\"\\n]{1,160}?)\\s*[.!?]?$"),
      Attribution.of(words -> words.hasAny(ACCORDING), "^(?<content>.{12,}?)", ",\\s+according\\s+to\\s+(?<subj>[^,;:!?“”\"\\n]{1,160}?)\\s*[.!?]?$"),
      Attribution.of(words -> words.endsWithAny(VI_VERB_ENDS),
          "^(?<content>.{12,}?),\\s+" + PLAIN_SUBJECT, "\\s+(?<verb>" + VI_VERBS + ")(?:\\s+thêm)?\\s*[.!?]?$"));
  private static final List<Attribution> REPORTED_LEADING = List.of(
      Attribution.of(words -> words.hasAny(ACCORDING_THEO), "^", "(?:according\\s+to|theo)\\s+(?<subj>[^,;:!?“”\"\\n]{1,160}?),\\s+(?<content>.{12,})$"),
      Attribution.of(words -> words.anyBeforeClause(SAID_ADDED_NOTED), "^(?<c1>.{8,}?),\\s+(?<subj>[^,;:!?“”\"\\n]{1,60}?)", "\\s+(?<verb>said|says|added|noted),\\s+(?<c2>.{8,})$"),
      Attribution.of(words -> words.hasAny(EN_VERB_STARTS) && words.hasAny(THAT),
          "^" + SUBJECT, "\\s+(?<verb>" + EN_VERBS + ")(?:\\s+[^,;“”\"]{1,40}?)??\\s+that\\s+(?<content>.{12,})$"),
      Attribution.of(words -> words.hasAny(SAID_SAYS), "^" + SUBJECT, "\\s+(?<verb>said|says)\\s+(?<content>(?!that\\b).{12,})$"),
      Attribution.of(words -> words.anyBeforeClause(VI_VERB_ENDS), "^" + SUBJECT, "\\s+(?<verb>" + VI_VERBS + ")(?:\\s+thêm)?(?:\\s*[,:]\\s*|\\s+rằng\\s*,?\\s*)(?<content>.{12,})$"));
  /** The first words of what any pattern of an attribution needs. */
  private static final Set<String> ATTRIBUTION_WORDS = ReportingVerbs.firstWords(concat(
      concat(ReportingVerbs.ENGLISH, ReportingVerbs.VIETNAMESE),
      List.of("according", "theo", "adding", "affirmed", "emphasised", "emphasized", "insisted", "warned", "argued",
          "concluded", "observed", "told", "said", "says", "added", "stated", "noted", "stressed", "explained")));
  /** How far before a quote its attribution can begin: a subject, an apposition, a verb and a few words. */
  private static final int MAX_ATTRIBUTION_BEFORE = 420;
  private static final Attribution ADDING_THAT = Attribution.of(words -> words.hasAny(ADDING),
      "^(?<subj>[^,;:!?“”\"\\n]{1,80}?)\\s+\\p{L}+ed\\b[^;“”\"]*?", ",\\s+adding\\s+that\\s+(?<content>.{12,})$");

  /** Words that begin a clause, never a speaker. */
  private static final Set<String> NOT_SUBJECTS = Set.of("who", "which", "that", "and", "but", "as", "while", "when",
      "after", "it", "this", "there", "what", "if", "because", "và", "nhưng", "khi", "nếu", "vì", "đây", "điều");

  private final PeopleRecognizer people;

  public QuoteExtractor(PeopleRecognizer people) {
    this.people = people;
  }

  public List<Quote> extract(String body) {
    return extract(body, people.mentions(body));
  }

  /** @param mentions the people {@code body} names, as {@link PeopleRecognizer#mentions} finds them */
  public List<Quote> extract(String body, List<PersonMention> mentions) {
    SpeakerResolver speakers = new SpeakerResolver(body, mentions);
    List<Quote> quotes = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    directQuotes(body, speakers, quotes, taken);
    reportedStatements(body, speakers, quotes, taken);
    // quotes are made with paragraph 0; their paragraphs are found here, in one pass over the text
    Paragraphs paragraphs = Paragraphs.of(body);
    quotes.replaceAll(q -> new Quote(q.text(), q.speaker(), q.speakerId(), q.kind(), q.start(), q.end(), paragraphs.of(q.start())));
    quotes.sort(Comparator.comparingInt(Quote::start));
    return List.copyOf(quotes);
  }

  // ---- direct quotes

  private void directQuotes(String body, SpeakerResolver speakers, List<Quote> quotes, List<int[]> taken) {
    Quote previous = null;
    int previousEnd = -1;
    for (QuotedSpans.Span span : QuotedSpans.find(body)) {
      int contentStart = span.open() + 1;
      int contentEnd = span.close();
      String content = body.substring(contentStart, contentEnd);
      int words = wordCount(content);
      boolean punctuated = content.strip().matches("(?s).*[,.!?…]$");
      int sentenceStart = Sentences.startBefore(body, span.open());
      String before = body.substring(sentenceStart, span.open());
      int afterEnd = Sentences.endFrom(body, span.close() + 1);
      String after = body.substring(span.close() + 1, afterEnd);
      Speaker speaker = null;
      int attributionEnd = span.close() + 1;
      boolean startsSentence = before.isBlank() || before.strip().endsWith(":");
      boolean longEnough = words >= (startsSentence ? 2 : 4);
      if (longEnough && (punctuated || after.stripLeading().matches("(?s)^[,–—-].*"))) {
        speaker = attributeAfter(after, span.close() + 1, speakers);
        if (speaker != null) {
          attributionEnd = afterEnd;
        }
      }
      if (speaker == null && longEnough) {
        speaker = attributeBefore(before, sentenceStart, speakers);
        int introStart = before.isBlank() ? colonIntroduction(body, span.open()) : -1;
        if (speaker == null && introStart >= 0) {
          speaker = attributeBefore(body.substring(introStart, lineStart(body, span.open())).strip(), introStart, speakers);
        }
      }
      if (speaker == null && previous != null && before.isBlank() && words >= 4 && punctuated
          && continues(body, previousEnd, span.open())) {
        // a further sentence of the speaker just quoted
        speaker = new Speaker(previous.speaker(), previous.speakerId(), true);
      }
      if (speaker == null) {
        continue;
      }
      Quote quote = direct(body, contentStart, contentEnd, speaker);
      quotes.add(quote);
      speakers.spoke(span.open(), speaker);
      taken.add(new int[] {sentenceStart, Math.max(attributionEnd, span.close() + 1)});
      previous = quote;
      previousEnd = Math.max(attributionEnd, span.close() + 1);
    }
  }

  private static Quote direct(String body, int start, int end, Speaker speaker) {
    while (start < end && Character.isWhitespace(body.charAt(start))) {
      start++;
    }
    while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || body.charAt(end - 1) == ',')) {
      end--;
    }
    String text = body.substring(start, end).replaceAll("(\\n\\s*)[\"“]", "$1");
    return new Quote(text, speaker.name(), speaker.id(), QuoteKind.DIRECT, start, end, 0);
  }

  private Speaker attributeAfter(String after, int offset, SpeakerResolver speakers) {
    for (Pattern pattern : List.of(AFTER_ACCORDING, AFTER_VERB_SUBJECT, AFTER_SUBJECT_VERB)) {
      Matcher m = pattern.matcher(after);
      if (m.find()) {
        Speaker speaker = speaker(m, offset, speakers, true);
        if (speaker != null) {
          return speaker;
        }
      }
    }
    return null;
  }

  private Speaker attributeBefore(String before, int offset, SpeakerResolver speakers) {
    if (before.length() > MAX_ATTRIBUTION_BEFORE) {
      int cut = before.length() - MAX_ATTRIBUTION_BEFORE;
      while (cut < before.length() && !Character.isWhitespace(before.charAt(cut))) {
        cut++;
      }
      before = before.substring(cut);
      offset += cut;
    }
    if (before.isBlank() || !ReportingVerbs.anyStarts(before, ATTRIBUTION_WORDS)) {
      return null;
    }
    for (Attribution attribution : List.of(BEFORE_ACCORDING, BEFORE_COLON, BEFORE_BARE)) {
      Matcher m = attribution.matcher(before);
      if (m != null && m.find()) {
        Speaker speaker = speaker(m, offset, speakers, true);
        if (speaker != null) {
          return speaker;
        }
      }
    }
    return null;
  }

  /**
   * For a quote that opens a paragraph: the start of the last sentence of the paragraph before,
   * when that sentence ends with a colon ({@code He said:}), else -1.
   */
  private static int colonIntroduction(String body, int open) {
    int lineStart = lineStart(body, open);
    if (lineStart == 0) {
      return -1;
    }
    int end = lineStart - 1;
    while (end >= 0 && Character.isWhitespace(body.charAt(end))) {
      end--;
    }
    if (end < 0 || body.charAt(end) != ':') {
      return -1;
    }
    return Sentences.startBefore(body, end);
  }

  private static int lineStart(String body, int at) {
    int newline = body.lastIndexOf('\n', at - 1);
    return newline < 0 ? 0 : newline + 1;
  }

  /** Only white space and the attribution of the previous quote lie between the two. */
  private static boolean continues(String body, int previousEnd, int open) {
    if (previousEnd < 0 || previousEnd > open) {
      return false;
    }
    String between = body.substring(previousEnd, open);
    return between.strip().replaceAll("[.\\s]", "").isEmpty() && between.chars().filter(c -> c == '\n').count() <= 2;
  }

  // ---- reported statements

  private void reportedStatements(String body, SpeakerResolver speakers, List<Quote> quotes, List<int[]> taken) {
    List<Sentences.Sentence> sentences = Sentences.of(body);
    for (int s = 0; s < sentences.size(); s++) {
      Sentences.Sentence sentence = sentences.get(s);
      if (overlaps(taken, sentence.start(), sentence.end())) {
        continue;
      }
      String text = body.substring(sentence.start(), sentence.end());
      Found found = reported(body, text, sentence, speakers);
      if (found == null) {
        continue;
      }
      Quote quote = found.trailing() ? extendOverParagraph(body, sentences, s, found.quote(), taken) : found.quote();
      quotes.add(quote);
      speakers.spoke(sentence.start(), new Speaker(quote.speaker(), quote.speakerId(), true));
    }
  }

  /** The sentence start, and unless {@code startOnly} each place after a comma, up to 240 characters in. */
  private static List<Integer> clauseStarts(String text, boolean startOnly) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    if (!startOnly) {
      for (int i = text.indexOf(", "); i > 0 && i < 240; i = text.indexOf(", ", i + 1)) {
        starts.add(i + 2);
      }
    }
    return starts;
  }

  /** A reported statement, and whether its attribution trails it ({@code …, he said.}). */
  private record Found(Quote quote, boolean trailing) {}

  private Found reported(String body, String text, Sentences.Sentence sentence, SpeakerResolver speakers) {
    // each pattern needs some of these words; most sentences lack them, and one scan for them
    // costs far less than the patterns
    SentenceWords words = SentenceWords.of(text);
    int offset = sentence.start();
    for (Attribution attribution : REPORTED_TRAILING) {
      Matcher m = attribution.matcher(text, words);
      if (m != null && m.find()) {
        Speaker speaker = speaker(m, offset, speakers, false);
        if (speaker != null) {
          return reportedQuote(body, offset + m.start("content"), offset + m.end("content"), speaker, true);
        }
      }
    }
    for (Attribution attribution : REPORTED_LEADING) {
      Matcher m = attribution.matcher(text, words);
      if (m == null) {
        continue;
      }
      boolean parenthetical = attribution.pattern().pattern().contains("(?<c1>");
      // the subject starts the sentence or follows an introductory phrase: try each in turn
      for (int from : clauseStarts(text, parenthetical)) {
        m.region(from, text.length());
        if (m.find()) {
          Speaker speaker = speaker(m, offset, speakers, false);
          if (speaker != null) {
            int start = offset + (parenthetical ? m.start("c1") : m.start("content"));
            int end = offset + (parenthetical ? m.end("c2") : m.end("content"));
            return reportedQuote(body, start, end, speaker, false);
          }
        }
      }
    }
    Matcher adding = ADDING_THAT.matcher(text, words);
    if (adding != null && adding.find()) {
      Speaker speaker = speaker(adding, offset, speakers, false);
      if (speaker != null) {
        return reportedQuote(body, offset + adding.start("content"), offset + adding.end("content"), speaker, false);
      }
    }
    return null;
  }

  /**
   * A pattern of an attribution, and the part of it from the reporting verb on: that part alone is
   * cheap to look for, while the whole tries its lazy subject (and apposition) at every place; a
   * text without the part cannot match the whole, and most sentences have none.
   */
  private record Attribution(Predicate<SentenceWords> gate, Pattern pattern, Pattern clue) {

    /** @param head what comes before the verb, the subject mostly; {@code tail} the rest */
    static Attribution of(String head, String tail) {
      return of(words -> true, head, tail);
    }

    /** @param gate words the sentence needs for the pattern to match: a cheaper test still */
    static Attribution of(Predicate<SentenceWords> gate, String head, String tail) {
      return new Attribution(gate, Pattern.compile(head + tail, FLAGS), head.isEmpty() ? null : Pattern.compile(tail, FLAGS));
    }

    /** A matcher of the pattern over the text, or null when the text has no place for it. */
    Matcher matcher(String text) {
      return clue == null || clue.matcher(text).find() ? pattern.matcher(text) : null;
    }

    Matcher matcher(String text, SentenceWords words) {
      return gate.test(words) ? matcher(text) : null;
    }
  }

  private static Found reportedQuote(String body, int start, int end, Speaker speaker, boolean trailing) {
    while (end > start && ".!?,; ".indexOf(body.charAt(end - 1)) >= 0) {
      end--;
    }
    String text = body.substring(start, end);
    Quote quote = new Quote(text, speaker.name(), speaker.id(), QuoteKind.REPORTED, start, end, 0);
    return new Found(quote, trailing);
  }

  /** A trailing attribution at the end of a short paragraph covers the sentences before it. */
  private static Quote extendOverParagraph(
      String body, List<Sentences.Sentence> sentences, int s, Quote quote, List<int[]> taken) {
    Sentences.Sentence sentence = sentences.get(s);
    boolean lastOfParagraph = s + 1 == sentences.size() || sentences.get(s + 1).paragraph() != sentence.paragraph();
    if (!lastOfParagraph || quote.start() != sentence.start()) {
      return quote;
    }
    int first = s;
    while (first > 0 && sentences.get(first - 1).paragraph() == sentence.paragraph() && s - first < 2) {
      Sentences.Sentence earlier = sentences.get(first - 1);
      String text = body.substring(earlier.start(), earlier.end());
      if (text.contains("\"") || text.contains("“") || overlaps(taken, earlier.start(), earlier.end())
          || VERB.matcher(text).find()) {
        break;
      }
      first--;
    }
    if (first == s || first > 0 && sentences.get(first - 1).paragraph() == sentence.paragraph()) {
      return quote;
    }
    int start = sentences.get(first).start();
    return new Quote(body.substring(start, quote.end()), quote.speaker(), quote.speakerId(), quote.kind(), start,
        quote.end(), quote.paragraph());
  }

  // ---- speakers

  private static Speaker speaker(Matcher m, int offset, SpeakerResolver speakers, boolean asWritten) {
    int start = offset + m.start("subj");
    int end = offset + m.end("subj");
    String subject = m.group("subj").strip();
    if (subject.isEmpty()) {
      return null;
    }
    String firstWord = subject.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
    if (NOT_SUBJECTS.contains(firstWord)) {
      return null;
    }
    return speakers.resolve(start, end, asWritten);
  }

  private static boolean overlaps(List<int[]> taken, int start, int end) {
    for (int[] range : taken) {
      if (range[0] < end && start < range[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the paragraphs of a text begin: a quote's paragraph is found by a binary search, so that
   * a text with many quotes is not read again from the start for each.
   */
  static final class Paragraphs {

    /** The offsets of the line breaks that begin a new paragraph. */
    private final int[] breaks;

    private Paragraphs(int[] breaks) {
      this.breaks = breaks;
    }

    static Paragraphs of(String body) {
      int[] breaks = new int[16];
      int count = 0;
      boolean inBreak = false;
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        if (c == '\n') {
          if (!inBreak) {
            if (count == breaks.length) {
              breaks = java.util.Arrays.copyOf(breaks, count * 2);
            }
            breaks[count++] = i;
          }
          inBreak = true;
        } else if (!Character.isWhitespace(c)) {
          inBreak = false;
        }
      }
      return new Paragraphs(java.util.Arrays.copyOf(breaks, count));
    }

    /** The paragraph of an offset, counted from 0: the breaks before it. */
    int of(int offset) {
      int found = java.util.Arrays.binarySearch(breaks, offset);
      return found >= 0 ? found : -found - 1;
    }
  }


  private static int wordCount(String text) {
    return (int) WORD.matcher(text).results().count();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
