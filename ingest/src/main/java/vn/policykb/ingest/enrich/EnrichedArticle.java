package vn.policykb.ingest.enrich;

import vn.policykb.ingest.document.Article;

/** A document as read, and what the enrichment steps found in it so far. */
public record EnrichedArticle(Article article, Enrichments enrichments) {

  /** A document no step has looked at yet. */
  public static EnrichedArticle of(Article article) {
    return new EnrichedArticle(article, Enrichments.NONE);
  }

  public <T> T get(Enrichments.Key<T> key) {
    return enrichments.get(key);
  }

  public <T> EnrichedArticle with(Enrichments.Key<T> key, T value) {
    return new EnrichedArticle(article, enrichments.with(key, value));
  }

  public String id() {
    return article.id();
  }
}
