package vn.policykb.ingest.html;

import java.util.List;
import java.util.Objects;

/**
 * What an HTML page says as a news article. Text fields are NFC; absent values are {@code null},
 * except {@code body} (empty when the page holds no article) and {@code captions}.
 *
 * @param title the headline
 * @param body the article's text, paragraphs separated by a blank line; without title, byline,
 *     captions, navigation, sharing, advertising, comments and related links
 * @param captions photo captions, in page order, apart from the body
 * @param author the byline: the author's name or names
 * @param published when the article was published
 * @param description the lead or summary the page gives of itself
 * @param siteName the publication's name
 * @param canonicalUrl the page's own address for itself, else the address it was read from
 * @param lang {@code vi} or {@code en} as the text reads; another code only when the page declares
 *     a third language
 * @param articleFound false when the page holds no article text (a listing, a section front, an
 *     error page); the body is then empty
 */
public record ExtractedArticle(
    String title,
    String body,
    List<String> captions,
    String author,
    PublicationTime published,
    String description,
    String siteName,
    String canonicalUrl,
    String lang,
    boolean articleFound) {

  public ExtractedArticle {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(lang, "lang");
    captions = List.copyOf(captions);
  }
}
