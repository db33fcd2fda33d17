package vn.policykb.ingest.search;

/**
 * One result.
 *
 * @param snippet passages of the original text (NFC), HTML-escaped, matched words in {@code <mark>}
 */
public record SearchHit(
    String id, String title, String lang, String date, String source, String url, String snippet, float score) {}
