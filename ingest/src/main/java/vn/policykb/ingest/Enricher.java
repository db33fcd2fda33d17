package vn.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.policykb.analysis.legal.LegalReferences;
import vn.policykb.ingest.document.Article;

/**
 * What the pipeline learns from a document's text beyond what its format says: the legal
 * documents it cites, and among them the resolutions this knowledge base follows.
 */
public final class Enricher {

  private static final String RESOLUTION_PREFIX = "nq:";

  private Enricher() {}

  public static Article enrich(Article article) {
    List<String> keys = LegalReferences.keys(article.title() + "\n" + article.body());
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
