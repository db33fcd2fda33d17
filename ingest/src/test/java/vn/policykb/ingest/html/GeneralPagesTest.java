package vn.policykb.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages of kinds the extractor must handle on any site: listicles, outweighing boxes, other languages. */
class GeneralPagesTest {

  private static final String NAV = "<nav><ul><li><a href=/>Start</a></li><li><a href=/news>News</a></li>"
      + "<li><a href=/sport>Sport</a></li><li><a href=/kultur>Kultur</a></li></ul></nav>";

  private static final String BRIDGE_STORY = "<p>The harbour bridge will close to all traffic for three weeks from 6 May while its steel joints are replaced, the council said.</p>"
      + "%1$s<p>Buses will run on the ring road instead, adding about ten minutes to most journeys into the centre.</p>"
      + "%1$s<p>Engineers found cracks in two of the joints during an inspection last autumn, and the repair cannot wait another winter.</p>"
      + "%1$s<p>Cyclists and people on foot can still cross on the footbridge, which stays open during the works.</p>";

  private static final String SERVICE_BOX = "<div class=help-box><h3>Questions about your subscription?</h3>"
      + "<p>Our readers' service desk is open on weekdays from seven in the morning until six in the evening and on Saturdays until noon. "
      + "You can reach us by telephone, by the contact form on this site, or by letter; please keep your customer number at hand.</p>"
      + "<p>If your paper did not arrive, tell us before ten o'clock and a courier will bring it the same day in most parts of the region. "
      + "Holiday stops, changes of address and payment questions can be handled online at any time of the day.</p>"
      + "<p>Subscribers who have moved abroad can switch to the digital edition at no extra cost. The digital edition holds every page "
      + "of the printed paper, the supplements and the archive of the past ten years, on up to three devices.</p></div>";

  @Test
  void theTextBelowTheHeadlineWinsOverAServiceBoxHoldingMoreText() {
    StringBuilder teasers = new StringBuilder("<ul class=more>");
    for (int i = 0; i < 6; i++) {
      teasers.append("<li><a href=/n").append(i).append(">Other news story number ").append(i).append(" from the region</a></li>");
    }
    teasers.append("</ul>");
    String html = "<html><head><title>Harbour bridge to close for repairs in May | Coast Daily</title>"
        + "<meta property=og:title content='Harbour bridge to close for repairs in May'></head><body>" + NAV
        + "<div class=page><div class=headline><h1>Harbour bridge to close for repairs in May</h1><span>3 April 2024</span></div>"
        + "<div class=story>" + BRIDGE_STORY.formatted(teasers) + "</div></div><div class=side>" + SERVICE_BOX + "</div>"
        + "<div class=bottom><a href=/imprint>Imprint</a> <a href=/privacy>Privacy</a></div></body></html>";

    String body = ArticleExtractor.extract(html).body();

    assertThat(body).startsWith("The harbour bridge will close").endsWith("stays open during the works.")
        .doesNotContain("service desk", "Other news story");
  }

  @Test
  void aServiceBoxFarFromAnyHeadlineIsNotTakenForTheArticleWhenTheArticleIsLonger() {
    String html = "<html><head><title>Harbour bridge to close for repairs in May</title></head><body>" + NAV
        + "<h1>Harbour bridge to close for repairs in May</h1><div class=story>" + BRIDGE_STORY.formatted("")
        + "<p>The council will publish the detailed timetable of the works and of the replacement buses next week on its website.</p>"
        + "<p>Traders near the bridge fear that the closure will keep shoppers away during the busiest weeks of the spring season.</p>"
        + "</div></body></html>";
    assertThat(ArticleExtractor.extract(html).body()).startsWith("The harbour bridge").endsWith("spring season.");
  }

  @Test
  void aListicleKeepsItsHeadedItemsOfShortParagraphs() {
    String[][] items = {
        {"1. Lisbon, Portugal", "Trams, tiles and custard tarts on every corner"},
        {"2. Kyoto, Japan", "Quiet temples and gardens away from the crowds"},
        {"3. Cape Town, South Africa", "Table Mountain walks with the ocean below"},
        {"4. Quebec City, Canada", "Old stone streets that feel like Europe"},
        {"5. Hoi An, Vietnam", "Lanterns over the river every full moon night"}};
    StringBuilder html = new StringBuilder("<html><head><title>Five cities to visit this year</title></head><body>").append(NAV)
        .append("<div class=main><h1>Five cities to visit this year</h1><p class=intro>We asked our writers where they would go"
            + " if they had one free week. These are their picks, from the Atlantic to the Pacific.</p>");
    for (String[] item : items) {
      html.append("<section><h2>").append(item[0]).append("</h2><img src=/a.jpg><p>").append(item[1]).append("</p></section>");
    }
    html.append("</div><div class=foot><a href=/privacy>Privacy</a> <a href=/terms>Terms</a></div></body></html>");

    ExtractedArticle article = ArticleExtractor.extract(html.toString());

    assertThat(article.articleFound()).isTrue();
    assertThat(article.body()).startsWith("We asked our writers")
        .contains("2. Kyoto, Japan\n\nQuiet temples and gardens away from the crowds")
        .endsWith("Lanterns over the river every full moon night");
  }

  @Test
  void aPostTaggedWithFurnitureWordsIsStillThePost() {
    String html = "<html><body>" + NAV + "<div class=wrap><article class='post type-post status-publish tag-social tag-offer category-news'>"
        + "<h1>Neue Lounge am Hauptbahnhof</h1><div class=entry-inner>"
        + "<p>Die Bahn eröffnet im Frühjahr eine neue Lounge im Hauptbahnhof, die doppelt so viele Plätze bietet wie die alte im ersten Stock.</p>"
        + "<p>Zutritt haben Reisende der ersten Klasse und Vielfahrer mit Status, alle anderen können eine Tageskarte am Eingang kaufen.</p>"
        + "<p>Die alte Lounge bleibt bis zur Eröffnung geöffnet und wird danach zu einem Wartebereich für alle Fahrgäste umgebaut.</p>"
        + "</div></article><aside class=widget><h3>Archiv</h3><ul><li><a href=/1>Januar</a></li><li><a href=/2>Februar</a></li></ul></aside>"
        + "</div></body></html>";
    assertThat(ArticleExtractor.extract(html).body()).startsWith("Die Bahn eröffnet").endsWith("umgebaut.");
  }

  @Test
  void aPageWrittenForBrowsersWithoutScriptsIsReadFromItsNoscript() {
    String html = "<html><head><title>Bären im Park</title></head><body><noscript><div id=page><h1>Bären im Park</h1>"
        + "<p>Im Nationalpark wurden in diesem Jahr so viele Bärinnen mit Jungen gezählt wie nie seit Beginn der Zählungen vor vierzehn Jahren.</p>"
        + "<p>Die Zählung fand an drei Tagen gleichzeitig in allen Tälern statt, mit Hilfe der Förster, der Polizei und vieler Freiwilliger.</p>"
        + "<p>Das Ergebnis zeigt nach Ansicht der Parkverwaltung, dass die Schutzmaßnahmen der letzten Jahre wirken und fortgesetzt werden müssen.</p>"
        + "<p>Im kommenden Jahr sollen zusätzlich Fotofallen eingesetzt werden, um die Tiere auch in den abgelegenen Gebieten zu erfassen.</p>"
        + "</div></noscript><noscript><img src=/pixel.gif></noscript></body></html>";
    assertThat(ArticleExtractor.extract(html).body()).startsWith("Im Nationalpark").endsWith("zu erfassen.");
  }

  @Test
  void softHyphensDoNotSplitWords() {
    String html = "<html><body><article><p>Die Ver\u00ADkehrs\u00ADbetriebe der Stadt haben am Montag ihren neuen "
        + "Fahr\u00ADplan für das kommende Jahr vorgestellt, mit mehr Bussen am Abend und am Wochenende.</p>"
        + "<p>Auch die Straßenbahn soll in den Randzeiten häufiger fahren als bisher, vor allem in den äußeren Stadtteilen.</p></article></body></html>";
    assertThat(ArticleExtractor.extract(html).body()).contains("Die Verkehrsbetriebe der Stadt", "neuen Fahrplan");
  }

  @Test
  void frenchCommentsNoticesAndRelatedLinksAreNotTheArticle() {
    String article = "<p>Le conseil municipal a voté mardi soir la création de trois nouvelles pistes cyclables dans le centre, après un long débat.</p>"
        + "<p>Les travaux commenceront en juin et dureront tout l'été, avec des déviations pour les voitures dans les rues concernées.</p>"
        + "<p>La mairie promet aussi de nouveaux arceaux pour garer les vélos près des écoles, des marchés et des deux gares de la ville.</p>"
        + "<p>L'opposition a critiqué le coût du projet, estimé à deux millions d'euros, mais a fini par s'abstenir lors du vote final.</p>";
    String html = "<html><body>" + NAV + "<div class=content><h1>Trois nouvelles pistes cyclables</h1>" + article
        + "<p>Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez leur utilisation.</p>"
        + "<h3>À lire aussi</h3><ul><li><a href=/a>Le tramway prolongé jusqu'à la gare</a></li><li><a href=/b>Parking gratuit le dimanche</a></li></ul>"
        + "<h3>Vos réactions</h3><p>Enfin une bonne nouvelle pour les cyclistes de la ville, il était temps que la mairie se décide à agir !</p>"
        + "<p>Deux millions pour de la peinture au sol, c'est beaucoup trop cher payé pour trois rues du centre-ville.</p></div></body></html>";

    String body = ArticleExtractor.extract(html).body();

    assertThat(body).startsWith("Le conseil municipal").endsWith("lors du vote final.")
        .doesNotContain("cookies", "tramway", "Vos réactions", "cyclistes de la ville");
  }

  @Test
  void germanClosingMatterIsCut() {
    String html = "<html><body><main><h1>Neuer Radweg</h1>"
        + "<p>Der neue Radweg entlang des Flusses ist seit Montag offiziell freigegeben und verbindet die Altstadt mit dem Industriegebiet im Norden.</p>"
        + "<p>An drei Stellen wurden neue Brücken gebaut, damit Radfahrer die Hauptstraßen nicht mehr kreuzen müssen, wie es früher nötig war.</p>"
        + "<p>Die Bauarbeiten dauerten zwei Jahre und kosteten rund vier Millionen Euro, von denen das Land die Hälfte übernommen hat.</p>"
        + "<p>Im Sommer soll eine Beleuchtung folgen, damit der Weg auch im Winter am frühen Abend sicher genutzt werden kann.</p>"
        + "<p>Folgen Sie uns auf Instagram und Facebook.</p>"
        + "<h4>Über den Autor</h4><p>Max Muster schreibt seit zwanzig Jahren über Verkehr, Stadtplanung und das Leben in der Region für unsere Zeitung.</p>"
        + "</main></body></html>";
    String body = ArticleExtractor.extract(html).body();
    assertThat(body).startsWith("Der neue Radweg").endsWith("genutzt werden kann.").doesNotContain("Instagram", "Max Muster");
  }

  @Test
  void aDeclaredBodyStandsInOnlyWhenThePageShowsNoneOfIt() {
    StringBuilder declared = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      declared.append("Paragraph ").append(i).append(" of the story tells how the port authority plans to dredge the channel deeper.\\n");
    }
    String html = "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Port to dredge channel\","
        + "\"articleBody\":\"" + declared + "\"}</script></head><body>" + NAV
        + "<div id=app><h1>Port to dredge channel</h1><figure><img src=/p.jpg><figcaption>The channel at low tide.</figcaption></figure>"
        + "<p>Loading the story, please wait while the page is being prepared for you by our reader application.</p></div></body></html>";

    String body = ArticleExtractor.extract(html).body();

    assertThat(body).startsWith("Paragraph 0 of the story").contains("\n\nParagraph 11 of the story");
    String shown = html.replace("<p>Loading the story", "<p>" + declared.toString().replace("\\n", "</p><p>")
        + "The dredging starts in March and will take two years, the port authority said on Monday.</p><p>Loading the story");
    assertThat(ArticleExtractor.extract(shown).body()).contains("The dredging starts in March");
  }
}
