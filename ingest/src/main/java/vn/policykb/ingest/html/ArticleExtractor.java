package vn.policykb.ingest.html;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.ingest.parse.LanguageDetector;

/**
 * Extracts a news article from an HTML page of any site: the text by where running prose gathers
 * in the page, the metadata from the page's own markup (meta tags, JSON-LD, microdata) and from
 * what it shows (bylines, dates).
 */
public final class ArticleExtractor {

  /** Below this much text, what the region holds is a stub or an error page, not an article. */
  private static final int MIN_ARTICLE_CHARS = 150;
  private static final int HINT_CANDIDATES = 30;

  private ArticleExtractor() {}

  public static ExtractedArticle extract(String html) {
    return extract(html, null);
  }

  /**
   * @param html the page
   * @param url where the page was read from, to resolve relative links; may be null
   */
  public static ExtractedArticle extract(String html, String url) {
    Document document = Jsoup.parse(html, url == null ? "" : url);
    MetadataResolver metadata = new MetadataResolver(document, url);
    String canonicalUrl = metadata.canonicalUrl();
    String siteName = metadata.siteName();

    Element page = document.body();
    PageCleaner.clean(page);
    List<TextBlock> blocks = TextBlocks.of(page);
    ContentRegion measures = ContentRegion.measure(page, blocks);
    Element region = RegionChoice.choose(measures, blocks, TitleAnchor.find(blocks, metadata.declaredTitle()));
    BodyHint hint = BodyHint.of(metadata.jsonLd().articleBody());
    if (hint != null) {
      region = hint.choose(region, measures.leaders(HINT_CANDIDATES), blocks);
    }
    BodyAssembler.Parts parts = BodyAssembler.assemble(region, measures, blocks, metadata.declaredTitle());
    String description = metadata.description(region);

    String body = nfc(parts.body().stream().map(TextBlock::text).collect(Collectors.joining("\n\n")));
    if (hint != null && !parts.listing() && hint.onlyCopy(page, region, blocks)) {
      // a page whose scripts render the article leaves its declared text as the only copy
      body = nfc(paragraphs(metadata.jsonLd().articleBody()));
    }
    boolean articleFound = !parts.listing() && body.length() >= MIN_ARTICLE_CHARS;
    if (!articleFound) {
      body = "";
    }
    String title = nfc(metadata.title(region));
    String lang = language(metadata.declaredLanguage(), body.isEmpty() ? join(title, description) : join(title, body));
    PublicationTime published = metadata.published(blocks, region, metadata.dayFirst(lang));
    List<String> captions = Stream.concat(
            BodyAssembler.captionsAround(region, measures, blocks).stream(), parts.captions().stream())
        .map(ArticleExtractor::nfc).distinct().toList();
    return new ExtractedArticle(title, body, captions, nfc(metadata.author(parts.bylines())), published,
        nfc(description), nfc(siteName), canonicalUrl, lang, articleFound);
  }

  /**
   * Vietnamese or English as the text reads; a page that declares a third language is taken at its
   * word, since the detector knows only these two.
   */
  private static String language(String declared, String text) {
    if (declared != null && !declared.equals(LanguageDetector.VIETNAMESE) && !declared.equals(LanguageDetector.ENGLISH)) {
      return declared;
    }
    return LanguageDetector.detect(text);
  }

  private static String paragraphs(String declared) {
    return declared.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n\n"));
  }

  private static String join(String a, String b) {
    return (a == null ? "" : a) + "\n\n" + (b == null ? "" : b);
  }

  private static String nfc(String text) {
    return text == null ? null : TextNormalization.nfc(text);
  }
}
