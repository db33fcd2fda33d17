package vn.policykb.ingest.html;

import java.util.List;
import java.util.stream.Collectors;
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

  private ArticleExtractor() {}

  public static ExtractedArticle extract(String html) {
    return extract(html, null);
  }

  /** @param url where the page was read from, to resolve relative links; may be null */
  public static ExtractedArticle extract(String html, String url) {
    Document document = Jsoup.parse(html, url == null ? "" : url);
    Element body = document.body();
    PageCleaner.clean(body);
    List<TextBlock> blocks = TextBlocks.of(body);
    ContentRegion measures = ContentRegion.measure(body, blocks);
    Element region = measures.best();
    BodyAssembler.Parts parts = BodyAssembler.assemble(region, measures, blocks);
    String text = parts.body().stream().map(TextBlock::text).collect(Collectors.joining("\n\n"));
    text = TextNormalization.nfc(text);
    String lang = LanguageDetector.detect(text);
    return new ExtractedArticle(null, text, parts.captions(), parts.bylines().isEmpty() ? null : parts.bylines().getFirst(),
        null, null, null, url, lang, !text.isEmpty());
  }
}
