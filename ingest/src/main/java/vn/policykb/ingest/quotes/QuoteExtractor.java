package vn.policykb.ingest.quotes;

import vn.policykb.index.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.policykb.ingest.people.PeopleRecognizer;
import vn.policykb.ingest.people.PersonMention;

/**
 * Finds what people say in an article, in English and in Vietnamese: direct quotes (words between
 * quote marks that a reporting verb attributes to someone, {@link DirectQuotes}) and reported
 * statements (a clause a reporting verb attributes to a person, without quote marks,
 * {@link ReportedStatements}), by the patterns of {@link AttributionPatterns}.
 *
 * <p>Words between quote marks are a quote only when the sentence says who said them, right
 * after the closing mark ({@code "…," he said}, {@code "…," said X}, {@code “…”, ông nói}) or
 * right before the opening one ({@code X said: "…"}), or when they continue a quote just
 * attributed. A title, a term or a scare quote ({@code "Miracle on the Han River"},
 * {@code "incubators"}) has no such attribution, and is left out.
 */
public final class QuoteExtractor {

  private final PeopleRecognizer people;

  public QuoteExtractor(PeopleRecognizer people) {
    this.people = people;
  }

  public List<Quote> extract(String body) {
    return extract(body, people.mentions(body));
  }

  /** @param mentions the people {@code body} names, as {@link PeopleRecognizer#mentions} finds them */
  public List<Quote> extract(String body, List<PersonMention> mentions) {
    // direct quotes first: the speakers they name are what a later "he" refers to, and a sentence
    // a direct quote covers holds no reported statement
    SpeakerResolver speakers = new SpeakerResolver(body, mentions);
    // the speakers reporting clauses name, wherever they stand, so that a quote's "he said" can
    // refer to one named by a reported statement before it
    SpeakerResolver reporting = new SpeakerResolver(body, mentions);
    ReportedStatements statements = ReportedStatements.of(body);
    statements.find(reporting, new CoveredRanges());
    speakers.rememberNamed(reporting);
    CoveredRanges covered = new CoveredRanges();
    List<Quote> quotes = new ArrayList<>(DirectQuotes.find(body, speakers, covered));
    quotes.addAll(statements.find(speakers, covered));
    // quotes are made with paragraph 0; their paragraphs are found here, in one pass over the text
    Paragraphs paragraphs = Paragraphs.of(body);
    quotes.replaceAll(q -> q.inParagraph(paragraphs.of(q.start())));
    quotes.sort(Comparator.comparingInt(Quote::start));
    return List.copyOf(quotes);
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
}
