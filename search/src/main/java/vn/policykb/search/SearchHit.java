package vn.policykb.search;

import java.util.List;
import vn.policykb.index.Origin;

/**
 * One result: the best-ranked document of a group of copies of one article.
 *
 * @param snippet passages of the original text (NFC), HTML-escaped, matched words in {@code <mark>}
 * @param alsoPublishedBy the other documents of its group, the first one read first; empty when
 *     the article was published once
 * @param resolutions numbers of the resolutions it cites ({@code 57})
 * @param people the people it names
 * @param translation the id of the same story in the other language, or null when none is linked
 * @param otherLanguage that document's source, address and title, or null
 * @param crossLanguage whether the document matched only through the query's terms translated
 *     into its language
 * @param origin where the document came from, or null when not known
 */
public record SearchHit(
    String id, String title, String lang, String date, String source, String url, String snippet, float score,
    List<Publication> alsoPublishedBy, List<String> resolutions, List<PersonRef> people, String translation,
    Publication otherLanguage, boolean crossLanguage, Origin origin) {

  /** A hit whose origin is not known. */
  public SearchHit(
      String id, String title, String lang, String date, String source, String url, String snippet, float score,
      List<Publication> alsoPublishedBy, List<String> resolutions, List<PersonRef> people, String translation,
      Publication otherLanguage, boolean crossLanguage) {
    this(id, title, lang, date, source, url, snippet, score, alsoPublishedBy, resolutions, people, translation,
        otherLanguage, crossLanguage, null);
  }

  public SearchHit {
    alsoPublishedBy = alsoPublishedBy == null ? List.of() : List.copyOf(alsoPublishedBy);
    resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
    people = people == null ? List.of() : List.copyOf(people);
  }

  /** A hit whose resolutions and people are not known, with no linked translation, matched in its own language. */
  public SearchHit(
      String id, String title, String lang, String date, String source, String url, String snippet, float score,
      List<Publication> alsoPublishedBy) {
    this(id, title, lang, date, source, url, snippet, score, alsoPublishedBy, List.of(), List.of(), null, null, false);
  }

  /** A hit with no linked translation, matched in its own language. */
  public SearchHit(
      String id, String title, String lang, String date, String source, String url, String snippet, float score,
      List<Publication> alsoPublishedBy, List<String> resolutions, List<PersonRef> people) {
    this(id, title, lang, date, source, url, snippet, score, alsoPublishedBy, resolutions, people, null, null, false);
  }
}
