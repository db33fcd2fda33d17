package vn.policykb.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id}, {@code role} and {@code itemprop} say about it. Names
 * are weak evidence (sites name things freely), so callers weigh them against the text itself.
 */
final class ClassHints {

  // A name part: bounded by the start, the end, a space, '-' or '_', or a change to a capital.
  private static final String B = "(?:^|[\\s_\\-:.])";
  private static final String E = "(?:$|[\\s_\\-:.\\d])";

  /** Furniture that is never the article: consent, sharing, comments, ads, promotion, related links. */
  private static final Pattern NEVER_ARTICLE = Pattern.compile(
      B + "(?:share|sharing|shares|sharebar|social|socials|comments?|commentlist|disqus|respond|replies"
          + "|newsletter|subscribe|subscription|signup|promo|promotion|promoted|sponsor|sponsored|advert"
          + "|advertisement|advertising|ads|ad|adv|adslot|adunit|adsbygoogle|dfp|cookie|cookies|consent"
          + "|gdpr|popup|modal|related|relatedposts|relate|recommend|recommended|recommendations"
          + "|trending|popular|most-read|mostread|most-popular|more-stories|morestories|read-more"
          + "|readmore|read-next|see-also|also-read|outbrain|taboola|zergnet|lien-quan|lienquan"
          + "|tinlienquan|tin-lien-quan|xemthem|xem-them|binh-luan|binhluan|tin-khac|tinkhac"
          + "|cung-chuyen-muc|inline-related|more-from|affiliate|newsletter-signup)" + E,
      Pattern.CASE_INSENSITIVE);

  /** Page furniture that sites sometimes also wrap around the article: navigation, sidebars, tools. */
  private static final Pattern FURNITURE = Pattern.compile(
      B + "(?:nav|navbar|navigation|menu|menus|submenu|breadcrumbs?|pagination|pager|footer|masthead"
          + "|sidebar|side-bar|widgets?|follow|banner|overlay|tags|tag-list|taglist|keywords|toolbar"
          + "|tools|rating|ratings|vote|skip|login|register|author-bio|bio|disclaimer|disclaimers|disclosure|disclosures"
          + "|notice|notices|copyright"
          + "|next-post|prev-post|post-navigation|jump-link|partner|partners|offer|paid|slideshow-nav"
          + "|pullquote|pull-quote)" + E,
      Pattern.CASE_INSENSITIVE);

  /** Posts embedded in the text (a quoted tweet, a video): part of what the article says. */
  private static final Pattern EMBED = Pattern.compile(
      B + "(?:embed|embedded|oembed|embed-container|twitter-tweet|instagram-media|tiktok-embed)" + E,
      Pattern.CASE_INSENSITIVE);

  /** Names given to the element that holds an article's text. */
  private static final Pattern CONTENT = Pattern.compile(
      B + "(?:article|articlebody|article-body|article-content|articlecontent|story|story-body"
          + "|storybody|entry|entry-content|post|post-content|post-body|postbody|content|main"
          + "|main-content|body|body-text|text|detail|details|fck_detail|noidung|noi-dung"
          + "|chi-tiet|chitiet|news-content|blog|hentry|page-content|rich-text|richtext|prose)" + E,
      Pattern.CASE_INSENSITIVE);

  private static final Pattern CAPTION = Pattern.compile(
      B + "(?:caption|captions|figcaption|wp-caption-text|credit|credits|photo-credit|image-credit"
          + "|img-desc|image-desc|photo-desc|imagecaption|image-caption|photo-caption|chu-thich"
          + "|chuthich|pic-desc|media-caption|expanded-figure|image|photo)" + E,
      Pattern.CASE_INSENSITIVE);

  private static final Pattern BYLINE = Pattern.compile(
      B + "(?:byline|by-line|bylines|author|authors|author-name|authorname|writer|reporter"
          + "|contributor|tac-gia|tacgia|journalist|dateline|posted-by|post-author|author-box|about-author"
          + "|author-info|author-card|author-content|author-description|author-avatar)" + E,
      Pattern.CASE_INSENSITIVE);

  private static final Pattern TAXONOMY = Pattern.compile(
      "(?:tag|category|format|post_format|post-format|type|status)-[\\w-]+|(?:post|postid)-\\d+", Pattern.CASE_INSENSITIVE);
  private static final int MIN_TAXONOMY_TOKENS = 2;

  private ClassHints() {}

  /** The names an element carries, separated by spaces, camel case split. */
  static String names(Element element) {
    StringBuilder names = new StringBuilder();
    for (String attribute : new String[] {"class", "id", "role", "itemprop", "data-component", "data-testid"}) {
      String value = element.attr(attribute);
      if (attribute.equals("class")) {
        value = withoutTaxonomy(value);
      }
      if (!value.isEmpty()) {
        names.append(' ');
        appendCamelSplit(names, value);
      }
    }
    return names.isEmpty() ? "" : names.toString().toLowerCase(Locale.ROOT);
  }

  /** {@code articleBody} as {@code article-Body}: a change to a capital bounds a name part. */
  private static void appendCamelSplit(StringBuilder names, String value) {
    char previous = ' ';
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 'A' && c <= 'Z' && previous >= 'a' && previous <= 'z') {
        names.append('-');
      }
      names.append(c);
      previous = c;
    }
  }

  /**
   * Blog and CMS templates list a post's tags and categories among its classes
   * ({@code post type-post tag-social category-news}): those words name the post's subject, not
   * what the element is, so a post tagged "social" or "offer" is not a share bar or an advert.
   */
  static String withoutTaxonomy(String classes) {
    if (!classes.contains("tag-") && !classes.contains("category-")) {
      return classes;
    }
    String[] tokens = classes.trim().split("\\s+");
    int taxonomy = 0;
    for (String token : tokens) {
      if (TAXONOMY.matcher(token).matches()) {
        taxonomy++;
      }
    }
    if (taxonomy < MIN_TAXONOMY_TOKENS) {
      return classes;
    }
    StringBuilder kept = new StringBuilder();
    for (String token : tokens) {
      if (!TAXONOMY.matcher(token).matches()) {
        kept.append(kept.isEmpty() ? "" : " ").append(token);
      }
    }
    return kept.toString();
  }

  /** Named like furniture of either kind. */
  static boolean boilerplate(Element element) {
    String names = names(element);
    return !names.isEmpty() && !EMBED.matcher(names).find() && (NEVER_ARTICLE.matcher(names).find() || FURNITURE.matcher(names).find());
  }

  static boolean embed(Element element) {
    String names = names(element);
    return !names.isEmpty() && EMBED.matcher(names).find();
  }

  /** Named like furniture that never holds the article, whatever its size. */
  static boolean neverArticle(Element element) {
    String names = names(element);
    return !names.isEmpty() && !EMBED.matcher(names).find() && NEVER_ARTICLE.matcher(names).find();
  }

  static boolean content(Element element) {
    String names = names(element);
    return !names.isEmpty() && CONTENT.matcher(names).find();
  }

  static boolean caption(Element element) {
    String names = names(element);
    return !names.isEmpty() && CAPTION.matcher(names).find();
  }

  static boolean byline(Element element) {
    String names = names(element);
    return element.attr("rel").equalsIgnoreCase("author")
        || (!names.isEmpty() && BYLINE.matcher(names).find());
  }

  /** Marked up as the article's text by schema.org microdata. */
  static boolean articleBody(Element element) {
    return element.attr("itemprop").equalsIgnoreCase("articleBody");
  }
}
