package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

/**
 * The shapes English news gives a quote's cue beyond "…," X said: appositions after the name, a
 * verb before it in the present, a verb no list holds, a quote without its closing comma, a month
 * abbreviated in the cue.
 */
class EnglishCueShapesTest {

  private static List<Quote> direct(String body) {
    return SeedQuotes.EXTRACTOR.extract(body).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
  }

  @Test
  void anAbbreviatedMonthInTheCueLeavesTheNextSentenceToTheSameSpeaker() {
    String body = "“We are taking in billions of dollars in tariff money,” Mr. Trump said on Nov. 8. "
        + "“I like our situation very much.”";

    assertThat(direct(body)).extracting(Quote::speaker).containsExactly("Trump", "Trump");
  }

  @Test
  void appositionsAfterTheNameKeepTheNameAndTheFirstAsItsRole() {
    String body = "\"Experiments of this kind pay off when you get out more than you put in,\" Dylan Nelson, a postdoctoral "
        + "fellow at the institute in Munich, Germany, and co-author of the study, said in a statement. \"In our "
        + "simulation, we see things that were never written into the code.\"";

    assertThat(direct(body)).hasSize(2).allSatisfy(quote -> {
      assertThat(quote.speaker()).isEqualTo("Dylan Nelson");
      assertThat(quote.role()).isEqualTo("postdoctoral fellow at the institute in Munich");
    });
  }

  @Test
  void aListBeforeTheNameIsNoSubject() {
    String body = "HER2 \"drives the growth of several types of cancer,\" including breast, ovarian and lung cancers, "
        + "Prof Berzofsky explained.";

    assertThat(direct(body)).extracting(Quote::speaker).noneMatch(speaker -> speaker.startsWith("including"));
  }

  @Test
  void aVerbInThePresentBeforeTheNameIsTheCue() {
    String body = "“The watch is an important addition to our portfolio of solutions for intensive care”, adds Olivier "
        + "Bosc, General Manager of Life Care Solutions at GE Healthcare.";

    assertThat(direct(body)).singleElement().satisfies(quote -> {
      assertThat(quote.speaker()).isEqualTo("Olivier Bosc");
      assertThat(quote.role()).isEqualTo("General Manager of Life Care Solutions at GE Healthcare");
    });
  }

  @Test
  void aQuoteWithoutItsClosingCommaTakesTheCueRightAfterIt() {
    String says = "“The watch helps nurses see what matters first and saves them time on every shift” says Anna Weber, "
        + "head of platforms at Ascom.";
    String said = "“We have never had demand like that, and we continue to see it ” Mayer said.";

    assertThat(direct(says)).singleElement().satisfies(quote -> assertThat(quote.speaker()).isEqualTo("Anna Weber"));
    assertThat(direct(said)).singleElement().satisfies(quote -> assertThat(quote.speaker()).isEqualTo("Mayer"));
  }

  @Test
  void withoutItsClosingCommaWordsOfTheSentenceBeforeTheCueAreNoSpeaker() {
    String object = "Trump spoke in Louisiana. “The people of this country are not buying” impeachment, Trump said at a rally.";
    String participle = "“Every day spent on these hearings is a day we are not focused on the interests” mutually "
        + "shared by both countries, he warned.";

    assertThat(direct(object)).extracting(Quote::speaker).containsOnly("Trump");
    assertThat(direct(participle)).extracting(Quote::speaker).noneMatch(speaker -> speaker.startsWith("mutually"));
  }

  @Test
  void aNameAndAVerbNoListHoldsAfterTheQuotesOwnComma() {
    String body = "“All of a sudden she was picking up random instruments, and the accordion drives me nuts,” McDowell "
        + "chortled. “When I say all this out loud it sounds insane.”";

    assertThat(direct(body)).extracting(Quote::speaker).containsExactly("McDowell", "McDowell");
  }

  @Test
  void verbsOfShoutingAndLaughingAreCues() {
    String shouts = "\"Police. Open the door! We are coming in!\" an officer shouts.";
    String laughed = "\"I never thought I would sing in front of anyone,\" the actress laughed.";

    assertThat(direct(shouts)).singleElement().satisfies(quote -> assertThat(quote.speaker()).isEqualTo("an officer"));
    assertThat(direct(laughed)).singleElement().satisfies(quote -> assertThat(quote.text()).startsWith("I never thought"));
  }

  @Test
  void tellingSomeoneLeadsAFurtherPartOfTheQuote() {
    String body = "\"We all miss Steve so much,\" Benioff weighed in, telling Cook, \"since he passed, you have been so "
        + "true to him and his values.\"";

    assertThat(direct(body)).extracting(Quote::speaker).containsExactly("Benioff", "Benioff");
  }
}
