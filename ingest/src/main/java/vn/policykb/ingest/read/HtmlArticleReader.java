package vn.policykb.ingest.read;

import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.document.DocumentIds;
import vn.policykb.ingest.html.ArticleExtractor;
import vn.policykb.ingest.html.ExtractedArticle;
import vn.policykb.ingest.parse.RejectedInputException;

/** A news page: the article in it, its metadata, its captions apart. */
public final class HtmlArticleReader {

  private HtmlArticleReader() {}

  /**
   * @param url where the page was fetched from, or null for a file; the page's canonical URL,
   *     when it gives one, identifies the document either way
   * @param declaredCharset the charset of the HTTP header, or null
   */
  public static Article read(String relativePath, String url, byte[] bytes, String declaredCharset)
      throws RejectedInputException {
    String declared = declaredCharset != null ? declaredCharset : Texts.declaredCharset(bytes);
    String html = Texts.decode(bytes, declared);
    ExtractedArticle page = ArticleExtractor.extract(html, url);
    if (!page.articleFound() || page.body().isBlank()) {
      throw new RejectedInputException("no article text in the page (a listing, section front or error page?)");
    }
    String canonical = page.canonicalUrl() != null ? page.canonicalUrl() : url;
    String key = canonical != null ? canonical : relativePath;
    String title = page.title() != null && !page.title().isBlank() ? page.title() : firstLine(page.body());
    return new Article(DocumentIds.fromKey(key), key, relativePath, canonical, title, page.body(),
        "en".equals(page.lang()) ? "en" : "vi",
        page.published() == null ? null : page.published().date(), null, page.siteName(),
        page.author(), page.description(), page.captions());
  }

  private static String firstLine(String body) {
    String line = body.strip().lines().findFirst().orElse("");
    return line.length() <= 200 ? line : line.substring(0, 200);
  }
}
