package vn.policykb.search;

/**
 * One publication of a quote.
 *
 * @param first the oldest dated publication: where the words were first published, as far as the archive knows
 * @param match {@code exact} (every word, in order, folded), {@code near} (most of its word pairs)
 *     or {@code translation} (the story linked in the other language to a publication)
 */
public record QuotePublication(String id, String title, String source, String date, String url, String lang,
    boolean first, String match) {}
