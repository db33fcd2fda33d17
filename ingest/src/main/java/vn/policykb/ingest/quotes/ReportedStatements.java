package vn.policykb.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

/**
 * Clauses a reporting verb attributes to a person without quote marks ({@code …, he said.},
 * {@code X cho biết …}, {@code according to X, …}), one at most in each sentence that no direct
 * quote covers. A trailing attribution at the end of a short paragraph covers the sentences before it.
 */
final class ReportedStatements {

  /** What stands between quote marks, with the marks. */
  private static final Pattern QUOTED = Pattern.compile("[“\"«][^”\"»]*[”\"»]?");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private ReportedStatements() {}

  /** The reported statements of {@code body} outside {@code covered}, each told to {@code speakers}. */
  static List<Quote> find(String body, SpeakerResolver speakers, CoveredRanges covered) {
    List<Quote> quotes = new ArrayList<>();
    List<Sentences.Sentence> sentences = Sentences.of(body);
    for (int s = 0; s < sentences.size(); s++) {
      Sentences.Sentence sentence = sentences.get(s);
      if (covered.overlaps(sentence.start(), sentence.end())) {
        continue;
      }
      String text = body.substring(sentence.start(), sentence.end());
      Found found = reported(body, text, sentence, speakers);
      if (found == null || !saysMoreThanItsQuotes(found.quote().text())) {
        continue;
      }
      Quote quote = found.trailing() ? extendOverParagraph(body, sentences, s, found.quote(), covered) : found.quote();
      quotes.add(quote);
      speakers.spoke(sentence.start(), new Speaker(quote.speaker(), quote.speakerId(), true, quote.role()));
    }
    return quotes;
  }

  /**
   * Whether a reported statement says something of its own besides the words it quotes: four
   * words or more outside the quote marks ({@code đây là “bước đột phá”} is the quote's, not a
   * statement).
   */
  static boolean saysMoreThanItsQuotes(String content) {
    return WORD.matcher(QUOTED.matcher(content).replaceAll(" ")).results().count() >= 4;
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

  private static Found reported(String body, String text, Sentences.Sentence sentence, SpeakerResolver speakers) {
    // each pattern needs some of these words; most sentences lack them, and one scan for them
    // costs far less than the patterns
    SentenceWords words = SentenceWords.of(text);
    int offset = sentence.start();
    for (Attribution attribution : AttributionPatterns.REPORTED_TRAILING) {
      Matcher m = attribution.matcher(text, words);
      if (m != null && m.find()) {
        Speaker speaker = speakers.resolve(m, offset, false);
        if (speaker != null) {
          return reportedQuote(body, sentence, offset + m.start("content"), offset + m.end("content"), speaker, true);
        }
      }
    }
    for (Attribution attribution : AttributionPatterns.REPORTED_LEADING) {
      Matcher m = attribution.matcher(text, words);
      if (m == null) {
        continue;
      }
      boolean parenthetical = attribution.pattern().pattern().contains("(?<c1>");
      // the subject starts the sentence or follows an introductory phrase: try each in turn
      for (int from : clauseStarts(text, parenthetical)) {
        m.region(from, text.length());
        if (m.find()) {
          Speaker speaker = speakers.resolve(m, offset, false);
          if (speaker != null) {
            int start = offset + (parenthetical ? m.start("c1") : m.start("content"));
            int end = offset + (parenthetical ? m.end("c2") : m.end("content"));
            return reportedQuote(body, sentence, start, end, speaker, false);
          }
        }
      }
    }
    for (Attribution attribution : List.of(AttributionPatterns.ADDING_THAT, AttributionPatterns.VI_AND_SAID)) {
      Matcher adding = attribution.matcher(text, words);
      if (adding != null && adding.find()) {
        Speaker speaker = speakers.resolve(adding, offset, false);
        if (speaker != null) {
          return reportedQuote(body, sentence, offset + adding.start("content"), offset + adding.end("content"), speaker, false);
        }
      }
    }
    return null;
  }

  private static Found reportedQuote(
      String body, Sentences.Sentence sentence, int start, int end, Speaker speaker, boolean trailing) {
    while (end > start && ".!?,; ".indexOf(body.charAt(end - 1)) >= 0) {
      end--;
    }
    String text = body.substring(start, end);
    Quote quote = new Quote(text, speaker.name(), speaker.id(), QuoteKind.REPORTED, start, end, 0, speaker.role(),
        Math.min(start, sentence.start()), Sentences.withEndMarks(body, Math.max(end, sentence.end())));
    return new Found(quote, trailing);
  }

  /** A trailing attribution at the end of a short paragraph covers the sentences before it. */
  private static Quote extendOverParagraph(
      String body, List<Sentences.Sentence> sentences, int s, Quote quote, CoveredRanges covered) {
    Sentences.Sentence sentence = sentences.get(s);
    boolean lastOfParagraph = s + 1 == sentences.size() || sentences.get(s + 1).paragraph() != sentence.paragraph();
    if (!lastOfParagraph || quote.start() != sentence.start()) {
      return quote;
    }
    int first = s;
    while (first > 0 && sentences.get(first - 1).paragraph() == sentence.paragraph() && s - first < 2) {
      Sentences.Sentence earlier = sentences.get(first - 1);
      String text = body.substring(earlier.start(), earlier.end());
      if (text.contains("\"") || text.contains("“") || covered.overlaps(earlier.start(), earlier.end())
          || AttributionPatterns.VERB.matcher(text).find()) {
        break;
      }
      first--;
    }
    if (first == s || first > 0 && sentences.get(first - 1).paragraph() == sentence.paragraph()) {
      return quote;
    }
    int start = sentences.get(first).start();
    return new Quote(body.substring(start, quote.end()), quote.speaker(), quote.speakerId(), quote.kind(), start,
        quote.end(), quote.paragraph(), quote.role(), start, Math.max(quote.end(), quote.sentence().end()));
  }
}
