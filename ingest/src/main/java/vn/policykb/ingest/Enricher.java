package vn.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.analysis.legal.LegalReferences;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.kb.KnowledgeBase;
import vn.policykb.ingest.people.PeopleRecognizer;
import vn.policykb.ingest.people.PersonMention;
import vn.policykb.ingest.quotes.QuoteExtractor;

/**
 * What the pipeline learns from a document's text beyond what its format says: the legal
 * documents it cites, and among them the resolutions this knowledge base follows; the people it
 * names, and what they say.
 */
public final class Enricher {

  /** How a legal reference key names a resolution by its number ({@code nq:57}). */
  public static final String RESOLUTION_PREFIX = "nq:";

  private Enricher() {}

  /** The bundled registry, read once, when first needed. */
  private static final class Bundled {
    static final PeopleRecognizer PEOPLE = new PeopleRecognizer(KnowledgeBase.loadBundled());
    static final QuoteExtractor QUOTES = new QuoteExtractor(PEOPLE);
  }

  /** Enriches with the registry bundled in the jar. */
  public static Article enrich(Article article) {
    return enrich(article, Bundled.PEOPLE, Bundled.QUOTES);
  }

  public static Article enrich(Article article, PeopleRecognizer people, QuoteExtractor quotes) {
    List<PersonMention> mentions = people.mentions(article.body());
    return citations(article).withQuotesAndPeople(
        quotes.extract(article.body(), mentions), PeopleRecognizer.group(mentions));
  }

  private static Article citations(Article article) {
    // legal references are found in NFC text; a title from a file name may be decomposed
    List<String> keys = LegalReferences.keys(TextNormalization.nfc(article.title() + "\n" + article.body()));
    List<String> resolutions = new ArrayList<>();
    List<String> citations = new ArrayList<>();
    for (String key : keys) {
      if (key.startsWith(RESOLUTION_PREFIX)) {
        resolutions.add(key.substring(RESOLUTION_PREFIX.length()));
      } else {
        citations.add(key);
      }
    }
    return article.withCitations(resolutions, citations);
  }
}
