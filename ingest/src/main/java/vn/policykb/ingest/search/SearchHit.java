package vn.policykb.ingest.search;

import java.util.List;

/**
 * One result: the best-ranked document of a group of copies of one article.
 *
 * @param snippet passages of the original text (NFC), HTML-escaped, matched words in {@code <mark>}
 * @param alsoPublishedBy the other documents of its group, the first one read first; empty when
 *     the article was published once
 */
public record SearchHit(
    String id, String title, String lang, String date, String source, String url, String snippet, float score,
    List<Publication> alsoPublishedBy) {

  public SearchHit {
    alsoPublishedBy = alsoPublishedBy == null ? List.of() : List.copyOf(alsoPublishedBy);
  }
}
