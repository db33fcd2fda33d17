package vn.policykb.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

/**
 * Words between quote marks that the sentence attributes to someone, right after the closing mark
 * ({@code "…," he said}, {@code "…," said X}, {@code “…”, ông nói}) or right before the opening
 * one ({@code X said: "…"}, or a paragraph before that ends with a colon), and the further
 * sentences of a quote just attributed. A title, a term or a scare quote has no attribution, and
 * is left out.
 */
final class DirectQuotes {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** A quote's words that end with a mark of their own: {@code “…, ”}, {@code “… an toàn.”}. */
  private static final Pattern ENDS_PUNCTUATED = Pattern.compile("(?s).*[,.!?…][’']?$");
  /** Words after a quote without its closing mark that can still be its cue: a name, a role, a verb. */
  private static final int MAX_BARE_CUE_WORDS = 12;
  /** A quote's own mark at its end, before the closing quote mark: {@code "…,"}, {@code "…!"}. */
  private static final Pattern OWN_MARK = Pattern.compile("[,!?][’']?\\s*$");
  /** How far before a quote its attribution can begin: a subject, an apposition, a verb and a few words. */
  private static final int MAX_ATTRIBUTION_BEFORE = 420;
  /** Commas of introductory phrases a cue before a quote is looked for after. */
  private static final int MAX_INTRODUCTORY_PHRASES = 5;
  /** Lowercase words after a closing mark up to a comma: {@code " cuộc tìm kiếm,"}, {@code " nowadays,"}. */
  private static final Pattern GAP_BEFORE_CUE = Pattern.compile("\\s+((?-i:\\p{Ll})[^,;:.!?“”\"«»\\n]{0,40}?),");

  /** {@code that} or {@code rằng} opening the clause after a verb. */
  private static final Pattern CLAUSE_OPENER = Pattern.compile("^\\s*(?:that|rằng)(?![\\p{L}\\p{M}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A capitalized word: the clause names its subject. */
  private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Lu}");

  /** What joins a further part to a partial quote: {@code and}, {@code và}, a comma. */
  private static final Pattern COORDINATED = Pattern.compile("\\s*(?:,|,?\\s*(?:and|or|và|hay|hoặc|cùng))\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A copula or a word that makes the quote after it a predicate: {@code is "devastated"}, {@code bị “hụt hẫng”}. */
  private static final Pattern AFTER_COPULA = Pattern.compile(
      "(?<![\\p{L}\\p{M}])(?:is|was|are|were|be|been|being|felt|feels|seemed|looked|remained|là|bị|rất|thấy|cảm thấy)\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private DirectQuotes() {}

  /**
   * The direct quotes of {@code body}, each told to {@code speakers}, each with its attribution
   * added to {@code covered}.
   */
  static List<Quote> find(String body, SpeakerResolver speakers, CoveredRanges covered) {
    List<Quote> quotes = new ArrayList<>();
    Quote previous = null;
    int previousEnd = -1;
    int previousClose = -1;
    boolean partialBefore = false;
    for (QuotedSpans.Span span : QuotedSpans.find(body)) {
      int contentStart = span.open() + 1;
      int contentEnd = span.close();
      String content = body.substring(contentStart, contentEnd);
      int words = wordCount(content);
      // in Vietnamese typography the quote's last mark often stands after the closing one: “… an toàn ”.
      boolean punctuated = ENDS_PUNCTUATED.matcher(content.strip()).matches() || endsSentenceAfter(body, span.close() + 1);
      int sentenceStart = Sentences.startBefore(body, span.open());
      String before = body.substring(sentenceStart, span.open());
      int afterEnd = Sentences.endFrom(body, span.close() + 1);
      String after = body.substring(span.close() + 1, afterEnd);
      Speaker speaker = null;
      boolean partial = false;
      int attributionEnd = span.close() + 1;
      boolean startsSentence = before.isBlank() || before.strip().endsWith(":");
      boolean longEnough = words >= (startsSentence ? 2 : 4);
      // a quote's own comma before its cue ("… the case "wasn't complicated," said Paz Zárate")
      // attributes a short quote inside a sentence too
      boolean ownComma = words >= 2 && content.stripTrailing().endsWith(",");
      if ((longEnough || ownComma) && (punctuated || after.stripLeading().matches("(?s)^[,–—-].*"))) {
        speaker = attributeAfter(after, span.close() + 1, speakers, OWN_MARK.matcher(content).find());
      } else if (startsSentence && words >= 6 && wordCount(after) <= MAX_BARE_CUE_WORDS) {
        speaker = attributeAfterBare(after, span.close() + 1, speakers);
      }
      if (speaker != null) {
        attributionEnd = afterEnd;
      }
      if (speaker == null && startsSentence && words >= 3) {
        // a few words of the sentence between the quote and its cue: “…” cuộc tìm kiếm, Thủ tướng nói
        Matcher gap = GAP_BEFORE_CUE.matcher(after);
        if (gap.lookingAt() && wordCount(gap.group(1)) <= 4) {
          speaker = attributeAfter(after.substring(gap.end() - 1), span.close() + gap.end(), speakers, false);
          if (speaker != null) {
            attributionEnd = afterEnd;
          }
        }
      }
      if (speaker == null && longEnough) {
        speaker = attributeBefore(before, sentenceStart, speakers);
        // "Trump said that Kavanaugh has "suffered …"": words of the sentence's own between the cue
        // and the mark make the quote part of a reported clause, which is the sentence's too
        partial = speaker != null && inReportedClause(before);
        int introStart = before.isBlank() ? colonIntroduction(body, span.open()) : -1;
        if (speaker == null && introStart >= 0) {
          speaker = attributeBefore(body.substring(introStart, lineStart(body, span.open())).strip(), introStart, speakers);
        }
      }
      if (speaker == null && previous != null && previousEnd > span.open() && previousClose < span.open()
          && words >= 2) {
        // a further part of the same sentence: "…", Tổng thống cho hay, gọi đây là "thảm hoạ …"
        if (AttributionPatterns.INSIDE_CUE.matcher(body.substring(previousClose + 1, span.open())).find()) {
          speaker = new Speaker(previous.speaker(), previous.speakerId(), true, previous.role());
        }
      }
      if (speaker == null && previous != null && partialBefore && words >= 1 && previousClose < span.open()
          && COORDINATED.matcher(body.substring(previousClose + 1, span.open())).matches()) {
        // a further part joined to a partial quote: the team is "devastated" and "in shock"
        speaker = new Speaker(previous.speaker(), previous.speakerId(), true, previous.role());
        partial = true;
      }
      if (speaker == null && !before.isBlank() && (words >= 2 || words == 1 && AFTER_COPULA.matcher(before).find())
          && !titleCase(content)) {
        // a partial quote in a reported clause: A Plaid AM said the group was "not happy"; one word
        // only as a predicate, after a copula (the team is "devastated"), not a term ("the "incubators"")
        speaker = attributePartial(before, sentenceStart, speakers);
        partial = speaker != null;
      }
      if (speaker == null && words >= 3 && before.strip().endsWith(":") && opensCapitalized(content)) {
        // a colon before the quote, whatever the verb: the sentence's subject said it
        // ("Tổng thống Pháp chống chế hài hước: "…"", "The minister … and added: "…"")
        speaker = speakers.opening(sentenceStart, span.open());
      }
      if (speaker == null && longEnough && before.isBlank() && sentenceStart > 0) {
        // the cue in the sentence before: "Trump said in his mock voice. \"I didn't give up anything.\""
        speaker = attributePrevious(body, sentenceStart, speakers);
      }
      if (speaker == null && previous != null && before.isBlank() && words >= 4 && punctuated
          && continues(body, previousEnd, span.open())) {
        // a further sentence of the speaker just quoted
        speaker = new Speaker(previous.speaker(), previous.speakerId(), true, previous.role());
      }
      if (speaker == null) {
        continue;
      }
      Quote quote = direct(body, contentStart, contentEnd, speaker, sentenceStart, Math.max(afterEnd, span.close() + 1));
      quotes.add(quote);
      speakers.spoke(span.open(), speaker);
      if (!partial) {
        // a partial quote leaves its sentence to the reported statement that holds it
        covered.add(sentenceStart, Math.max(attributionEnd, span.close() + 1));
      }
      previous = quote;
      partialBefore = partial;
      previousClose = span.close();
      previousEnd = Math.max(attributionEnd, span.close() + 1);
    }
    return quotes;
  }

  private static Quote direct(String body, int start, int end, Speaker speaker, int sentenceStart, int sentenceEnd) {
    while (start < end && Character.isWhitespace(body.charAt(start))) {
      start++;
    }
    while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || body.charAt(end - 1) == ',')) {
      end--;
    }
    String text = body.substring(start, end).replaceAll("(\\n\\s*)[\"“]", "$1");
    return new Quote(text, speaker.name(), speaker.id(), QuoteKind.DIRECT, start, end, 0, speaker.role(), sentenceStart,
        Sentences.withEndMarks(body, sentenceEnd));
  }

  /** @param ownMark whether the quote ends with its own comma, question or exclamation mark */
  private static Speaker attributeAfter(String after, int offset, SpeakerResolver speakers, boolean ownMark) {
    for (Pattern pattern : AttributionPatterns.AFTER_QUOTE) {
      Speaker speaker = attributeAfter(pattern, after, offset, speakers);
      if (speaker != null) {
        return speaker;
      }
    }
    return ownMark ? attributeAfter(AttributionPatterns.AFTER_OWN_COMMA_ANY_VERB, after, offset, speakers) : null;
  }

  /**
   * The cue of a quote that opens its sentence without its closing comma ({@code "… efficiency"
   * says André Neu, …}, {@code "… to see " Mayer said.}): only the verb and its subject, or a
   * subject with a name (or a pronoun) and its verb, right after the mark; words before a comma
   * there are the sentence's own ({@code "…" impeachment, Trump said}), as are lowercase words
   * before a verb ({@code "…" mutually shared by …}).
   */
  private static Speaker attributeAfterBare(String after, int offset, SpeakerResolver speakers) {
    Speaker speaker = attributeAfter(AttributionPatterns.AFTER_VERB_SUBJECT, after, offset, speakers);
    if (speaker == null) {
      Matcher m = AttributionPatterns.AFTER_SUBJECT_VERB.matcher(after);
      if (m.find() && m.group("appo") == null && !after.substring(0, m.start("verb")).contains(",")
          && (NAMED.matcher(m.group("subj")).find() || SpeakerResolver.isPronoun(m.group("subj")))) {
        speaker = speakers.resolve(m, offset, true);
      }
    }
    return speaker;
  }

  private static Speaker attributeAfter(Pattern pattern, String after, int offset, SpeakerResolver speakers) {
    Matcher m = pattern.matcher(after);
    if (!m.find() || m.namedGroups().containsKey("manner") && !AttributionPatterns.isManner(m.group("manner"))
        || m.namedGroups().containsKey("more") && m.group("more") != null && !NAMED.matcher(m.group("subj")).find()) {
      return null;
    }
    return speakers.resolve(m, offset, true);
  }

  private static Speaker attributeBefore(String before, int offset, SpeakerResolver speakers) {
    if (before.length() > MAX_ATTRIBUTION_BEFORE) {
      int cut = before.length() - MAX_ATTRIBUTION_BEFORE;
      while (cut < before.length() && !Character.isWhitespace(before.charAt(cut))) {
        cut++;
      }
      before = before.substring(cut);
      offset += cut;
    }
    if (before.isBlank()) {
      return null;
    }
    Speaker speaker = attributeBeforeAt(before, offset, speakers);
    // introductory phrases before the subject ("Phát biểu trên kênh truyền hình của Úc, ông
    // Mahathir tuyên bố:", "Theo AFP, ngày 21-8, phát biểu trước báo giới, Thủ tướng … nói:"),
    // which the subject's apposition would otherwise take for the subject: the cue is tried again
    // after each of their commas; not past a phrase that names someone, whose appositions follow
    // ("Sinh viên Vũ Trịnh Ngọc Hiền, lớp …, học viện … bày tỏ:")
    int from = 0;
    int comma = phraseComma(before, 0);
    for (int tries = 0; speaker == null && comma > 0 && tries < MAX_INTRODUCTORY_PHRASES; tries++) {
      String phrase = before.substring(from, comma);
      if (speakers.namesPerson(offset + from, offset + comma) && !SpeakerNames.isClause(phrase)) {
        break;
      }
      from = comma + 2;
      speaker = attributeBeforeAt(before.substring(from), offset + from, speakers);
      comma = phraseComma(before, from);
    }
    return speaker;
  }

  /**
   * The next comma and space from {@code from} outside brackets ({@code chị A (bản B, xã C) kể}), or
   * -1; {@code from} is outside brackets (the start, or just after such a comma).
   */
  private static int phraseComma(String text, int from) {
    int depth = 0;
    for (int i = from; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      depth = c == '(' ? depth + 1 : c == ')' ? Math.max(0, depth - 1) : depth;
      if (depth == 0 && c == ',' && text.charAt(i + 1) == ' ') {
        return i;
      }
    }
    return -1;
  }

  private static Speaker attributeBeforeAt(String before, int offset, SpeakerResolver speakers) {
    // without a reporting verb only a name and a verb no list holds can be the cue, which is cheap to try
    boolean known = ReportingVerbs.anyStarts(before, AttributionPatterns.ATTRIBUTION_WORDS);
    for (Attribution attribution : AttributionPatterns.BEFORE_QUOTE) {
      if (!known && attribution != AttributionPatterns.BEFORE_ANY_VERB) {
        continue;
      }
      Matcher m = attribution.matcher(before);
      if (m != null && m.find()) {
        Speaker speaker = speakers.resolve(m, offset, true);
        if (speaker != null) {
          return speaker;
        }
      }
    }
    return null;
  }

  /**
   * The speaker of a quote that makes a sentence of its own, from the sentence right before it
   * when that sentence is an attribution: its subject and reporting verb at its start.
   */
  private static Speaker attributePrevious(String body, int sentenceStart, SpeakerResolver speakers) {
    int end = sentenceStart;
    while (end > 0 && Character.isWhitespace(body.charAt(end - 1))) {
      end--;
    }
    // within its paragraph or from the line just before
    if (end == 0 || countLines(body, end, sentenceStart) > 1) {
      return null;
    }
    int start = Sentences.startBefore(body, end - 1);
    String sentence = body.substring(start, end);
    Matcher m = AttributionPatterns.PREVIOUS_CUE.matcher(sentence);
    return m.find() ? speakers.resolve(m, start, true) : null;
  }

  /**
   * The speaker of a partial quote from the reported clause it stands in: a subject and a verb at
   * the sentence's start or after one of its first commas ({@code Dù …, song cô vẫn khuyên "…"}).
   */
  private static Speaker attributePartial(String before, int offset, SpeakerResolver speakers) {
    if (before.length() > MAX_ATTRIBUTION_BEFORE || !AttributionPatterns.VERB.matcher(before).find()
        && !AttributionPatterns.PARTIAL_CUE.matcher(before).find()) {
      return null;
    }
    Matcher m = AttributionPatterns.PARTIAL_CUE.matcher(before);
    int from = 0;
    for (int tries = 0; tries < 4 && from >= 0; tries++) {
      m.region(from, before.length());
      if (m.find()) {
        // only a source that names or describes someone: a partial quote's cue is the weakest
        Speaker speaker = holdsClause(m, before) ? speakers.resolve(m, offset, false) : null;
        if (speaker != null) {
          return speaker;
        }
      }
      int comma = before.indexOf(", ", from);
      from = comma < 0 ? -1 : comma + 2;
    }
    return null;
  }

  /**
   * Whether the words between the verb and the quote are a clause the quote ends ({@code said his
   * group was "not happy"}) or the verb names what it is called ({@code called the carillon "…"}),
   * not an object phrase with a term in quote marks ({@code emphasized the mechanism for attracting
   * "chief engineers"}).
   */
  private static boolean holdsClause(Matcher m, String before) {
    return AttributionPatterns.NAMING_VERB.matcher(m.group("verb")).matches()
        || AttributionPatterns.FINITE.matcher(before.substring(m.end("verb"))).find();
  }

  /**
   * Whether the quote after {@code before} ends a reported clause its cue leads, not a whole
   * quote the cue opens: words between the verb and the mark that make a clause
   * ({@code said that Kavanaugh has "…"}, {@code nói rằng Đảng của ông lo rằng “…”}) or name its
   * subject ({@code cho biết ông Kavanaugh “…”}), not an adverb alone ({@code nói rằng ngày nay “…”})
   * nor a colon.
   */
  private static boolean inReportedClause(String before) {
    if (AttributionPatterns.CUE_END.matcher(before).find()) {
      return false;
    }
    Matcher verb = AttributionPatterns.VERB.matcher(before);
    int verbEnd = -1;
    while (verb.find()) {
      verbEnd = verb.end();
    }
    if (verbEnd < 0) {
      return false;
    }
    String clause = CLAUSE_OPENER.matcher(before.substring(verbEnd)).replaceFirst("");
    return AttributionPatterns.FINITE.matcher(clause).find() || NAMED.matcher(clause).find();
  }

  /** Whether a quote's first letter is a capital: a sentence of someone's, not a phrase. */
  private static boolean opensCapitalized(String content) {
    for (int i = 0; i < content.length(); i++) {
      int c = content.codePointAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c);
      }
    }
    return false;
  }

  /** Every word capitalized: a name or a title ("Miracle on the Han River"), not someone's words. */
  private static boolean titleCase(String content) {
    String[] words = content.strip().split("\\s+");
    int capitalized = 0;
    for (String word : words) {
      if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
        capitalized++;
      }
    }
    return capitalized * 3 >= words.length * 2;
  }

  private static int countLines(String body, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) {
      if (body.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
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

  /** Whether the mark that ends a sentence follows {@code at}, after spaces: {@code ”.}, {@code " .}. */
  private static boolean endsSentenceAfter(String body, int at) {
    while (at < body.length() && body.charAt(at) == ' ') {
      at++;
    }
    return at < body.length() && ".!?…".indexOf(body.charAt(at)) >= 0;
  }

  private static int wordCount(String text) {
    return (int) WORD.matcher(text).results().count();
  }
}
