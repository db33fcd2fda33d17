package vn.policykb.ingest.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.policykb.index.Origin;

/**
 * A document as reading and extraction give it: its identity, its metadata and its text, the text
 * in NFC but otherwise as written. What enrichment learns from the text is kept beside it, not in it.
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
 * @param author the byline, when known
 * @param summary the lead or description the publisher gives, when known
 * @param captions photo captions, apart from the body
 * @param truncated the text was cut at a size limit: the document is longer than {@code body}
 * @param origin where the document came from, or null when the source did not say
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
    String author,
    String summary,
    List<String> captions,
    boolean truncated,
    Origin origin) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(lang, "lang");
    captions = captions == null ? List.of() : List.copyOf(captions);
  }

  /** An article whose origin is not known yet: its source gives it with {@link #withOrigin}. */
  public Article(String id, String key, String path, String url, String title, String body, String lang,
      LocalDate date, String dateline, String source, String author, String summary, List<String> captions,
      boolean truncated) {
    this(id, key, path, url, title, body, lang, date, dateline, source, author, summary, captions, truncated, null);
  }

  /** An article read whole. */
  public Article(String id, String key, String path, String url, String title, String body, String lang,
      LocalDate date, String dateline, String source, String author, String summary, List<String> captions) {
    this(id, key, path, url, title, body, lang, date, dateline, source, author, summary, captions, false);
  }

  /** An article with no byline, summary or captions known. */
  public Article(String id, String key, String path, String url, String title, String body, String lang,
      LocalDate date, String dateline, String source) {
    this(id, key, path, url, title, body, lang, date, dateline, source, null, null, List.of());
  }

  /** The same article under another id. */
  public Article withId(String id) {
    return new Article(id, key, path, url, title, body, lang, date, dateline, source, author, summary, captions,
        truncated, origin);
  }

  /** The same article, from another origin. */
  public Article withOrigin(Origin origin) {
    return new Article(id, key, path, url, title, body, lang, date, dateline, source, author, summary, captions,
        truncated, origin);
  }
}
