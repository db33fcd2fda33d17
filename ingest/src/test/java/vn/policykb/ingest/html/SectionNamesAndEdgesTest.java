package vn.policykb.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Names that say what a small box is but also name whole sections, classes that hide, cards
 * numbered one by one, and the short blocks at the edges of a text that are still the text.
 */
class SectionNamesAndEdgesTest {

  private static final String NAV = "<nav><ul><li><a href=/>Start</a></li><li><a href=/news>News</a></li>"
      + "<li><a href=/sport>Sport</a></li><li><a href=/kultur>Kultur</a></li></ul></nav>";

  private static final String STORY = "<p>The harbour bridge will close to all traffic for three weeks from 6 May while its steel joints are replaced, the council said.</p>"
      + "<p>Buses will run on the ring road instead, adding about ten minutes to most journeys into the centre.</p>"
      + "<p>Engineers found cracks in two of the joints during an inspection last autumn, and the repair cannot wait another winter.</p>";

  private static String page(String title, String main) {
    return "<html><head><title>" + title + "</title><meta property=og:title content='" + title + "'></head><body>" + NAV
        + "<h1>" + title + "</h1>" + main
        + "<div class=foot><a href=/privacy>Privacy</a> <a href=/terms>Terms</a></div></body></html>";
  }

  @Test
  void shortLinesOfASectionNamedForAuthorsAreTextNotBylines() {
    String html = page("Submitting a paper to the review", "<div class=content><div class=author_guidelines>"
        + "<p>Papers are accepted in German and in English and are reviewed by two members of the board within eight weeks.</p>"
        + "<p>Send the text as an editable file.</p>"
        + "<p>Figures go in separate files, one per figure, with their captions in the text where each figure belongs.</p>"
        + "<p>Give every source a full reference.</p>"
        + "<p>The board decides on publication after the review; authors are told of the decision and of the reasons for it.</p>"
        + "<p>Accepted papers are edited for language and style; the authors see the edited text and the proofs before printing.</p>"
        + "<p>Reviews of books published in the last two years are welcome and follow the same rules as papers, with a shorter limit.</p>"
        + "</div></div>");

    ExtractedArticle article = ArticleExtractor.extract(html);

    assertThat(article.body()).contains("Send the text as an editable file.", "Give every source a full reference.");
    assertThat(article.author()).isNull();
  }

  @Test
  void aBylineBoxStillGivesItsName() {
    String html = page("Harbour bridge to close for repairs in May", "<div class=story>"
        + "<div class=author-name>Anna Berger</div>" + STORY + "</div>");

    ExtractedArticle article = ArticleExtractor.extract(html);

    assertThat(article.body()).doesNotContain("Anna Berger").startsWith("The harbour bridge");
    assertThat(article.author()).isEqualTo("Anna Berger");
  }

  @Test
  void aParagraphThatOpensWithALinkedSentenceAndRunsOnIsText() {
    String linkedThenText = "<p><a href=/spiel>Das Spiel gegen Kiel am Sonntag beginnt schon um 14 Uhr</a>. Sollten sich Fans"
        + " noch keine Karte gesichert haben, gibt es an der Tageskasse ab 12 Uhr noch Restkarten für die Oberränge."
        + " Der Verein bittet alle Besucher, wegen der Bauarbeiten an der Halle früh anzureisen und die Busse zu nehmen,"
        + " weil die Parkplätze im Norden gesperrt sind und der Verkehr rund um die Halle schon am Vormittag dicht ist.</p>";
    String html = page("Heimspiel gegen Kiel am Sonntag", "<div class=story>"
        + "<p>Die Löwen empfangen am Sonntag den Tabellenführer aus Kiel und wollen ihre Serie von fünf Siegen fortsetzen.</p>"
        + linkedThenText
        + "<p>Trainer Weber kann wieder auf beide Torhüter zurückgreifen, die nach ihren Verletzungen voll im Training sind.</p></div>");

    assertThat(ArticleExtractor.extract(html).body()).contains("Sollten sich Fans noch keine Karte gesichert haben");
  }

  @Test
  void aLinkedHeadlineWithItsShortSummaryIsStillATeaser() {
    StringBuilder teasers = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      teasers.append("<p><a href=/n").append(i).append(">Council approves the new budget for the coming year ").append(i)
          .append("</a> Read how the money will be spent.</p>");
    }
    String html = page("Harbour bridge to close for repairs in May", "<div class=story>" + STORY + "</div><div class=more>" + teasers + "</div>");

    assertThat(ArticleExtractor.extract(html).body()).doesNotContain("Council approves");
  }

  @Test
  void cardsNumberedOneByOneAreStillCards() {
    StringBuilder cards = new StringBuilder("<ul>");
    for (int i = 1; i <= 6; i++) {
      cards.append("<li class='views-row views-row-").append(i).append(i % 2 == 0 ? " views-row-even" : " views-row-odd")
          .append(i == 1 ? " views-row-first" : "").append("'><h3><a href=/story").append(i).append(">Another story from the region, number ")
          .append(i).append("</a></h3><p>A summary of that other story that runs to about one sentence of text.</p></li>");
    }
    cards.append("</ul>");
    String html = page("Harbour bridge to close for repairs in May", "<div class=main><div class=text>" + STORY + "</div>" + cards + "</div>");

    String body = ArticleExtractor.extract(html).body();

    assertThat(body).startsWith("The harbour bridge").doesNotContain("Another story", "A summary of that other story");
  }

  @Test
  void cardLikenessIgnoresNumbersPositionsAndTaxonomy() {
    Element first = Jsoup.parse("<li class='views-row views-row-1 views-row-odd views-row-first'>").selectFirst("li");
    Element second = Jsoup.parse("<li class='views-row-even views-row views-row-2'>").selectFirst("li");
    Element other = Jsoup.parse("<li class='menu-item'>").selectFirst("li");

    assertThat(CardGrid.likeness(first)).isEqualTo("views-row").isEqualTo(CardGrid.likeness(second));
    assertThat(CardGrid.likeness(other)).isEqualTo("menu-item");
  }

  @Test
  void textUnderAHidingClassIsDroppedUnlessAnotherClassShowsItOnSomeScreens() {
    String html = page("Harbour bridge to close for repairs in May", "<div class=story>"
        + "<p>The harbour bridge will close to all traffic for three weeks from 6 May while its steel joints are replaced, the council"
        + " said.<span class=hideCompletely> Image gallery: twelve pictures of the bridge, photographer Max Muster.</span></p>"
        + "<p class='hidden md:block'>Buses will run on the ring road instead, adding about ten minutes to most journeys into the centre.</p>"
        + "<p>Engineers found cracks in two of the joints during an inspection last autumn, and the repair cannot wait another winter.</p>"
        + "<div class=d-none>Share this story with your friends and family on every network you use.</div></div>");

    String body = ArticleExtractor.extract(html).body();

    assertThat(body).contains("Buses will run on the ring road").doesNotContain("Image gallery", "Share this story");
  }

  @Test
  void aLongHiddenBlockIsTextAScriptReveals() {
    StringBuilder rest = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      rest.append("<p>The works will go on in stages, and the council will report on each of them in a public meeting held every month.</p>");
    }
    String html = page("Harbour bridge to close for repairs in May", "<div class=story>" + STORY
        + "<div class=hidden>" + rest + "</div><button>Read more</button></div>");

    assertThat(ArticleExtractor.extract(html).body()).contains("The works will go on in stages");
  }

  @Test
  void aSubheadingRightAboveTheFirstParagraphOpensTheText() {
    String html = page("Harbour bridge to close for repairs in May", "<div class=story>"
        + "<span class=kicker>Traffic</span><h2>Three weeks without the bridge</h2>" + STORY + "</div>");

    String body = ArticleExtractor.extract(html).body();

    assertThat(body).startsWith("Three weeks without the bridge\n\nThe harbour bridge").doesNotContain("Traffic");
  }

  @Test
  void theHeadlineRepeatedAboveTheTextIsNotASubheading() {
    String html = page("Harbour bridge to close for repairs in May", "<div class=story>"
        + "<h2>Harbour bridge to close for repairs in May</h2>" + STORY + "</div>");

    assertThat(ArticleExtractor.extract(html).body()).startsWith("The harbour bridge");
  }

  @Test
  void aClosingListAndCommandLinesAreText() {
    String html = page("Speeding up a slow network on Windows", "<div class=entry-content>"
        + "<p>When copying files over the network takes minutes instead of seconds, the receive window tuning of Windows may be to blame.</p>"
        + "<p>The tuning can be switched off from an administrator's command prompt, and switched on again in the same way.</p>"
        + "<pre>netsh int tcp set global autotuninglevel=disabled</pre>"
        + "<p>What to remember:</p><ul><li>Check the cable and the router first</li><li>Switch the tuning off and measure again</li>"
        + "<li>Switch it back on if nothing changed</li></ul></div>");

    String body = ArticleExtractor.extract(html).body();

    assertThat(body).contains("netsh int tcp set global autotuninglevel=disabled").endsWith("Switch it back on if nothing changed");
  }

  @Test
  void aNumberAfterAnAtSignAndASubscriberInPassingAreNotCallsToTheReader() {
    assertThat(BoilerplatePhrases.callToAction("The fire started on the third floor of @1377 Apartments on Peachtree Road.")).isFalse();
    assertThat(BoilerplatePhrases.callToAction("Follow @roughdraftatl for more news.")).isTrue();
    assertThat(BoilerplatePhrases.notice("Wenn Du sie abonnierst, bekommst Du jeden Morgen eine kurze Übersicht.")).isFalse();
    assertThat(BoilerplatePhrases.notice("Jetzt den Newsletter abonnieren!")).isTrue();
    assertThat(BoilerplatePhrases.notice("Abonniere unseren Kanal")).isTrue();
  }

  @Test
  void aCookieNoticeIsFurnitureButARecipeStepAboutCookiesIsText() {
    assertThat(BoilerplatePhrases.notice("We use cookies to give you the best experience on our website.")).isTrue();
    assertThat(BoilerplatePhrases.notice("Diese Webseite verwendet Cookies. Mit der Nutzung stimmen Sie zu.")).isTrue();
    assertThat(BoilerplatePhrases.notice("Nous utilisons des cookies pour améliorer votre expérience.")).isTrue();
    assertThat(BoilerplatePhrases.notice("Let the cookies cool on the tray for ten minutes before you lift them off.")).isFalse();
    assertThat(BoilerplatePhrases.notice("Die Cookies zehn Minuten bei 180 Grad backen, bis die Ränder goldbraun sind.")).isFalse();
  }

  @Test
  void aHoverCardInAParagraphGoesButTheNameItPopsUpFromAndTheParagraphStay() {
    String card = "<span class=person><a href=/people/anna-berger>Anna Berger</a><span class=person-card><span>"
        + "<img src=/a.jpg><a href=/people/anna-berger>Anna Berger</a><a href=/n1>Council approves the new budget</a>"
        + " <a href=/n2>Harbour works to start in May</a></span></span></span>";
    String html = page("Harbour bridge to close for repairs in May", "<div class=story>"
        + "<p><span style='font-weight: 400;'>The harbour bridge will close for three weeks from 6 May, councillor " + card
        + " said on Monday, while its steel joints are replaced.</span></p>"
        + "<p>Buses will run on the ring road instead, adding about ten minutes to most journeys into the centre.</p>"
        + "<p>Engineers found cracks in two of the joints during an inspection last autumn, and the repair cannot wait another winter.</p></div>");

    String body = ArticleExtractor.extract(html).body();

    assertThat(body).startsWith("The harbour bridge will close for three weeks from 6 May, councillor Anna Berger said on Monday")
        .doesNotContain("Council approves", "Harbour works to start");
  }

  @Test
  void aHeadingOverRelatedLinksFollowedByAColonIsAPointerLineInEveryLanguage() {
    assertThat(BoilerplatePhrases.pointerLine("Dowiedz się więcej: Jak pomóc osobie niewidomej")).isTrue();
    assertThat(BoilerplatePhrases.pointerLine("Mehr zum Thema: Die Brücke bleibt bis Juni gesperrt")).isTrue();
    assertThat(BoilerplatePhrases.pointerLine("Tin liên quan: Cầu cảng đóng cửa ba tuần")).isTrue();
    assertThat(BoilerplatePhrases.pointerLine("The council said: the bridge will close in May.")).isFalse();
    assertThat(BoilerplatePhrases.pointerLine("Ông nói: cây cầu sẽ đóng cửa.")).isFalse();
  }
}
