package vn.policykb.search;

/** A document as lists show it: enough to link to it. */
public record DocumentSummary(String id, String title, String lang, String date, String source, String url) {}
