package vn.policykb.search;

/** Articles by language, and all of them (an article in neither language counts in {@code total} only). */
public record TimelineCount(long vi, long en, long total) {}
