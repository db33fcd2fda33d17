package vn.policykb.ingest.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
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

  private final String body;
  private final List<Sentences.Sentence> sentences;
  /** The matches of each sentence, found when first asked for: what the second pass asks again. */
  private final SentenceMatches[] matches;

  private ReportedStatements(String body) {
    this.body = body;
    this.sentences = Sentences.of(body);
    this.matches = new SentenceMatches[sentences.size()];
  }

  /**
   * The statements of {@code body}, to be found once or more: the patterns' matches do not depend
   * on who the speakers are, so each sentence is matched once however many resolvers ask.
   */
  static ReportedStatements of(String body) {
    return new ReportedStatements(body);
  }

  /** The reported statements of {@code body} outside {@code covered}, each told to {@code speakers}. */
  static List<Quote> find(String body, SpeakerResolver speakers, CoveredRanges covered) {
    return of(body).find(speakers, covered);
  }

  /** The reported statements outside {@code covered}, each told to {@code speakers}. */
  List<Quote> find(SpeakerResolver speakers, CoveredRanges covered) {
    List<Quote> quotes = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      Sentences.Sentence sentence = sentences.get(s);
      if (covered.overlaps(sentence.start(), sentence.end())) {
        continue;
      }
      Found found = reported(s, speakers);
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

  /** The sentence start, and each place after a comma, up to 240 characters in. */
  private static List<Integer> clauseStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = text.indexOf(", "); i > 0 && i < 240; i = text.indexOf(", ", i + 1)) {
      starts.add(i + 2);
    }
    return starts;
  }

  /** A reported statement, and whether its attribution trails it ({@code …, he said.}). */
  private record Found(Quote quote, boolean trailing) {}

  /** The first match of sentence {@code s}, in the patterns' order, whose subject names a speaker. */
  private Found reported(int s, SpeakerResolver speakers) {
    Sentences.Sentence sentence = sentences.get(s);
    if (matches[s] == null) {
      matches[s] = new SentenceMatches(body.substring(sentence.start(), sentence.end()));
    }
    SentenceMatches candidates = matches[s];
    int offset = sentence.start();
    for (int i = 0; ; i++) {
      Candidate candidate = candidates.get(i);
      if (candidate == null) {
        return null;
      }
      MatchResult m = candidate.match();
      Speaker speaker = speakers.resolve(m, offset, false);
      if (speaker == null) {
        continue;
      }
      return switch (candidate.shape()) {
        case TRAILING -> reportedQuote(body, sentence, offset + m.start("content"), offset + m.end("content"), speaker, true);
        case PARENTHETICAL -> reportedQuote(body, sentence, offset + m.start("c1"), offset + m.end("c2"), speaker, false);
        case LEADING -> reportedQuote(body, sentence, offset + m.start("content"), offset + m.end("content"), speaker, false);
      };
    }
  }

  /** Where a match puts the statement: before its attribution, around it, or after it. */
  private enum Shape { TRAILING, PARENTHETICAL, LEADING }

  /** A match of an attribution pattern in a sentence, its subject not yet resolved. */
  private record Candidate(MatchResult match, Shape shape) {}

  /**
   * An attribution pattern, the shape of what it matches, and whether it is tried after each comma
   * too (a leading subject may follow an introductory phrase).
   */
  private record Step(Attribution attribution, Shape shape, boolean fromEachClause) {}

  /**
   * The patterns in the order they are tried: trailing attributions, leading ones, then, when no
   * other named a speaker, {@code …, adding that …} and {@code … và cho biết …}.
   */
  private static final List<Step> STEPS = steps();

  private static List<Step> steps() {
    List<Step> steps = new ArrayList<>();
    for (Attribution attribution : AttributionPatterns.REPORTED_TRAILING) {
      steps.add(new Step(attribution, Shape.TRAILING, false));
    }
    for (Attribution attribution : AttributionPatterns.REPORTED_LEADING) {
      boolean parenthetical = attribution.pattern().pattern().contains("(?<c1>");
      steps.add(new Step(attribution, parenthetical ? Shape.PARENTHETICAL : Shape.LEADING, !parenthetical));
    }
    for (Attribution attribution : List.of(AttributionPatterns.ADDING_THAT, AttributionPatterns.VI_AND_SAID,
        AttributionPatterns.VI_NAME_AND_SAID, AttributionPatterns.EN_AND_SAID)) {
      steps.add(new Step(attribution, Shape.LEADING, false));
    }
    return List.copyOf(steps);
  }

  /** One pattern tried from one place of the sentence. */
  private record Attempt(Step step, int from) {}

  /**
   * The candidate matches of one sentence, found in order as far as they are asked for: most
   * sentences stop at their first candidate, whose subject names a speaker.
   */
  private static final class SentenceMatches {

    private final String text;
    private final SentenceWords words;
    private final List<Attempt> attempts = new ArrayList<>();
    private final List<Candidate> found = new ArrayList<>();
    /** Each pattern's matcher over the sentence, empty where the sentence lacks its words. */
    private final Map<Attribution, Optional<Matcher>> matchers = new HashMap<>();
    private int tried;

    SentenceMatches(String text) {
      this.text = text;
      // each pattern needs some of these words; most sentences lack them, and one scan for them
      // costs far less than the patterns
      this.words = SentenceWords.of(text);
      List<Integer> clauseStarts = clauseStarts(text);
      for (Step step : STEPS) {
        for (int from : step.fromEachClause() ? clauseStarts : List.of(0)) {
          attempts.add(new Attempt(step, from));
        }
      }
    }

    /** The {@code i}th candidate, or null when the sentence has fewer. */
    Candidate get(int i) {
      while (found.size() <= i && tried < attempts.size()) {
        Attempt attempt = attempts.get(tried++);
        Optional<Matcher> matcher = matchers.computeIfAbsent(
            attempt.step().attribution(), a -> Optional.ofNullable(a.matcher(text, words)));
        if (matcher.isEmpty()) {
          continue;
        }
        Matcher m = matcher.get();
        m.region(attempt.from(), text.length());
        if (m.find()) {
          found.add(new Candidate(m.toMatchResult(), attempt.step().shape()));
        }
      }
      return i < found.size() ? found.get(i) : null;
    }
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
