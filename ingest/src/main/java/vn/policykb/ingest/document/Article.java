package vn.policykb.ingest.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.policykb.ingest.people.MentionedPerson;
import vn.policykb.ingest.quotes.Quote;

/**
 * A document as the pipeline indexes it: its identity, its metadata and its text, the text in
 * NFC but otherwise as written.
 *
 * @param id stable id, derived from {@code key}
 * @param key what identifies the document at its origin: its URL, else its path relative to the
 *     folder it was ingested from
 * @param path that relative path, when it came from a file
 * @param url the canonical URL, when known
 * @param title the title line, or the first sentence when the text has none
 * @param body the text without title, dateline and agency sign-off
 * @param lang {@code vi} or {@code en}
 * @param date publication date, when known
 * @param dateline the place of the dateline ({@code SEOUL}, {@code Tokyo}), when there is one
 * @param source the news agency or outlet, when known ({@code VNA}, {@code VNS})
 * @param resolutions numbers of the resolutions the text cites ({@code 57}, {@code 68})
 * @param citations canonical keys of every legal document the text cites ({@code 57-nq/tw},
 *     {@code 1131/qd-ttg})
 * @param author the byline, when known
 * @param summary the lead or description the publisher gives, when known
 * @param captions photo captions, apart from the body
 * @param quotes what people say in the body: direct quotes and reported statements
 * @param people the people the body names, with their mentions
 */
public record Article(
    String id,
    String key,
    String path,
    String url,
    String title,
    String body,
    String lang,
    LocalDate date,
    String dateline,
    String source,
    List<String> resolutions,
    List<String> citations,
    String author,
    String summary,
    List<String> captions,
    List<Quote> quotes,
    List<MentionedPerson> people) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(lang, "lang");
    resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
    citations = citations == null ? List.of() : List.copyOf(citations);
    captions = captions == null ? List.of() : List.copyOf(captions);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    people = people == null ? List.of() : List.copyOf(people);
  }

  /** An article whose quotes and people are not known yet. */
  public Article(String id, String key, String path, String url, String title, String body, String lang,
      LocalDate date, String dateline, String source, List<String> resolutions, List<String> citations,
      String author, String summary, List<String> captions) {
    this(id, key, path, url, title, body, lang, date, dateline, source, resolutions, citations, author, summary,
        captions, List.of(), List.of());
  }

  /** An article with no citations, byline, summary or captions known yet. */
  public Article(String id, String key, String path, String url, String title, String body, String lang,
      LocalDate date, String dateline, String source) {
    this(id, key, path, url, title, body, lang, date, dateline, source, List.of(), List.of(), null, null, List.of());
  }

  public Article(String id, String key, String path, String url, String title, String body, String lang,
      LocalDate date, String dateline, String source, List<String> resolutions, List<String> citations) {
    this(id, key, path, url, title, body, lang, date, dateline, source, resolutions, citations, null, null, List.of());
  }

  public Article withCitations(List<String> resolutions, List<String> citations) {
    return new Article(id, key, path, url, title, body, lang, date, dateline, source, resolutions, citations,
        author, summary, captions, quotes, people);
  }

  public Article withQuotesAndPeople(List<Quote> quotes, List<MentionedPerson> people) {
    return new Article(id, key, path, url, title, body, lang, date, dateline, source, resolutions, citations,
        author, summary, captions, quotes, people);
  }
}
