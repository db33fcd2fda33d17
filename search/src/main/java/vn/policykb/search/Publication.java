package vn.policykb.search;

/** Another publication of a result's article: a copy of it at another address. */
public record Publication(String id, String source, String url, String title) {}
