package vn.policykb.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Boxes named as disclosures or notices inside the text, and German headings over further links
 * ("Weiterführende Informationen", "Weitere Tourentipps"), are not the article.
 */
class DisclosuresAndFurtherLinksTest {

  private static final String NAV = "<nav><ul><li><a href=/>Start</a></li><li><a href=/news>News</a></li>"
      + "<li><a href=/reisen>Reisen</a></li><li><a href=/kultur>Kultur</a></li></ul></nav>";

  private static final String STORY = "<p>The airline will join the alliance on 31 March, a year later than it first planned, the company said on Tuesday.</p>"
      + "<p>Members of its loyalty programme will be able to earn and spend miles on the flights of all partner airlines from that day.</p>"
      + "<p>The delay was caused by the time needed to link the booking systems, which turned out to be harder than expected.</p>";

  private static final String GERMAN_STORY = "<p>Die Aller ist auf einer Länge von zwölf Kilometern wieder ein naturnaher Fluss geworden, teilte das Bundesamt am Montag mit.</p>"
      + "<p>Alte Seitenarme wurden wieder angeschlossen, und an den Ufern wachsen seit dem Frühjahr wieder Weiden und Erlen.</p>"
      + "<p>Fische und Vögel haben die neuen Flachwasserzonen schnell angenommen, berichten die Fachleute des Projekts.</p>";

  private static String page(String title, String main) {
    return "<html><head><title>" + title + "</title><meta property=og:title content='" + title + "'></head><body>" + NAV
        + "<h1>" + title + "</h1>" + main
        + "<div class=foot><a href=/privacy>Privacy</a> <a href=/terms>Terms</a></div></body></html>";
  }

  @Test
  void anEditorialDisclosureInTheTextIsDropped() {
    String disclosure = "This post contains references to products from one or more of our advertisers. We may receive compensation"
        + " when you click on links to those products. Terms apply to the offers listed on this page. For an explanation of our"
        + " advertising policy, visit this page.";
    String html = page("Airline sets new date for joining the alliance", "<div class=article-content>"
        + "<section class=editorial-disclosure><p>" + disclosure + "</p></section>" + STORY + "</div>");

    ExtractedArticle article = ArticleExtractor.extract(html);

    assertThat(article.body()).doesNotContain("references to products").startsWith("The airline will join");
  }

  @Test
  void aCommunityNoticeAboveTheTextIsDropped() {
    String html = page("Heute schon an morgen denken", "<article class=main-content>"
        + "<div class='column community-notice'>Bei diesem Beitrag handelt es sich um ein Blog aus der Community</div>"
        + GERMAN_STORY + "</article>");

    ExtractedArticle article = ArticleExtractor.extract(html);

    assertThat(article.body()).doesNotContain("Community").startsWith("Die Aller");
  }

  @Test
  void aLongTextNamedAsANoticeIsStillTheArticle() {
    // a legal notice page is all notice: the name must not cost it its text
    String html = page("Legal notice of the harbour company", "<div class=legal-notice>" + STORY + "</div>");

    ExtractedArticle article = ArticleExtractor.extract(html);

    assertThat(article.body()).contains("The airline will join", "harder than expected");
  }

  @Test
  void furtherInformationAndTipsHeadingsEndTheText() {
    String links = "<ul><li><a href=/a>Flussauen in Niedersachsen</a></li><li><a href=/b>Das Programm Blaues Band</a></li>"
        + "<li><a href=/c>Fördermittel für Renaturierung</a></li></ul>";
    for (String heading : new String[] {"Weiterführende Informationen", "Weitere Tourentipps in Schweden",
        "Weitere interessante Artikel"}) {
      String html = page("Allervielfalt bringt Natur an die Aller zurück", "<div class=entry-content>" + GERMAN_STORY
          + "<h2>" + heading + "</h2>" + links + "</div>");

      ExtractedArticle article = ArticleExtractor.extract(html);

      assertThat(article.body()).as(heading).doesNotContain(heading).doesNotContain("Blaues Band").endsWith("Projekts.");
    }
  }

  @Test
  void aSubheadingThatSaysMoreIsStillText() {
    // "Weitere" opens subheadings of the text too: only headings over further links or tips end it
    String html = page("Neue Zellfabriken in den USA", "<div class=entry-content>" + GERMAN_STORY
        + "<h2>Weitere US-Zellprojekte im Aufbau</h2>" + GERMAN_STORY.replace("Aller", "Weser") + "</div>");

    ExtractedArticle article = ArticleExtractor.extract(html);

    assertThat(article.body()).contains("Weitere US-Zellprojekte im Aufbau", "Die Weser");
  }
}
