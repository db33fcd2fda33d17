package vn.policykb.ingest.enrich;

/**
 * One thing the pipeline learns from a document's text: the legal documents it cites, the people
 * it names, what they say... A step reads the article and the findings of the steps before it and
 * returns the document with its own findings added. Steps are called from several threads at once.
 */
public interface EnrichmentStep {

  /** A short name, for reports and timings ({@code people}). */
  String name();

  EnrichedArticle apply(EnrichedArticle document);
}
