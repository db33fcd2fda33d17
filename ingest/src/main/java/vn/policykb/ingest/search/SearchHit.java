package vn.policykb.ingest.search;

import java.util.List;

/**
 * One result: the best-ranked document of a group of copies of one article.
 *
 * @param snippet passages of the original text (NFC), HTML-escaped, matched words in {@code <mark>}
 * @param alsoPublishedBy the other documents of its group, the first one read first; empty when
 *     the article was published once
 * @param resolutions numbers of the resolutions it cites ({@code 57})
 * @param people the people it names
 */
public record SearchHit(
    String id, String title, String lang, String date, String source, String url, String snippet, float score,
    List<Publication> alsoPublishedBy, List<String> resolutions, List<PersonRef> people) {

  public SearchHit {
    alsoPublishedBy = alsoPublishedBy == null ? List.of() : List.copyOf(alsoPublishedBy);
    resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
    people = people == null ? List.of() : List.copyOf(people);
  }

  /** A hit whose resolutions and people are not known. */
  public SearchHit(
      String id, String title, String lang, String date, String source, String url, String snippet, float score,
      List<Publication> alsoPublishedBy) {
    this(id, title, lang, date, source, url, snippet, score, alsoPublishedBy, List.of(), List.of());
  }
}
