package vn.policykb.ingest.html;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Settles each metadata field from the sources a page offers, most deliberate first: JSON-LD, then
 * meta tags, then microdata and {@code <time>}, then what the page shows.
 */
final class MetadataResolver {

  private static final Pattern DATE_NAMES = Pattern.compile(
      "date|time|publish|posted|dateline|timestamp|ngay|thoi-gian|meta|byline|info", Pattern.CASE_INSENSITIVE);
  private static final int MAX_DATE_LINE = 200;
  /** How pages name the lead paragraph set above an article. */
  private static final Pattern LEAD_NAMES = Pattern.compile(
      "(?:^|[\\s_-])(?:sapo|lead|standfirst|summary|description|excerpt|subtitle|dek|chapeau|tom-tat|tomtat)(?:$|[\\s_-])",
      Pattern.CASE_INSENSITIVE);
  private static final int MIN_LEAD = 40;
  private static final int MAX_LEAD = 600;
  private static final int MIN_HEADING = 10;
  /** A date shown for the article sits near its headline; further down, dates are in the story. */
  private static final int BLOCKS_AFTER_HEADLINE = 15;
  /** How far above the article's region a date shown for it may sit. */
  private static final int NEAR_LEVELS = 2;

  private final Document document;
  private final JsonLdArticle jsonLd;
  private final MetaTags meta;
  private final String url;

  /** Reads what markup carries; call before the page is cleaned, which drops scripts and meta tags. */
  MetadataResolver(Document document, String url) {
    this.document = document;
    this.jsonLd = JsonLdArticle.read(document);
    this.meta = new MetaTags(document);
    this.url = url;
  }

  JsonLdArticle jsonLd() {
    return jsonLd;
  }

  String siteName() {
    String name = firstOf(meta.first("og:site_name"), jsonLd.publisher(), meta.first("application-name"),
        meta.first("twitter:site"));
    if (name != null && !name.startsWith("http")) {
      return name.startsWith("@") ? name.substring(1) : name;
    }
    String host = host(canonicalUrl());
    return host == null ? null : host.replaceFirst("^www\\.", "");
  }

  String canonicalUrl() {
    for (Element link : document.select("link[rel~=(?i)^canonical$][href]")) {
      String href = link.absUrl("href");
      if (!href.isEmpty()) {
        return href;
      }
      if (link.attr("href").startsWith("http")) {
        return link.attr("href");
      }
    }
    return firstOf(meta.first("og:url"), jsonLd.url(), url);
  }

  /** The summary the page declares, else the lead it shows above the text. */
  String description(Element region) {
    String declared = firstOf(meta.first("og:description"), meta.first("description"), jsonLd.description(),
        meta.first("twitter:description"));
    if (declared != null) {
      return declared;
    }
    Element near = region.parent() == null ? region : region.parent();
    for (Element e : near.getAllElements()) {
      String names = ClassHints.names(e);
      if (!names.isEmpty() && LEAD_NAMES.matcher(names).find() && e.text().length() >= MIN_LEAD
          && e.text().length() <= MAX_LEAD) {
        return e.text().strip();
      }
    }
    return null;
  }

  /** The headline the page declares in its metadata or, failing that, its {@code <title>}; may be null. */
  String declaredTitle() {
    String declared = firstOf(jsonLd.headline(), meta.first("og:title"), meta.first("twitter:title"));
    return declared != null ? declared : document.title();
  }

  /** The headline, without the site name pages append to their {@code <title>}. */
  String title(Element region) {
    Element h1 = region.selectFirst("h1");
    if (h1 == null) {
      h1 = document.selectFirst("article h1, main h1, h1");
    }
    String heading = h1 == null ? null : h1.text().strip();
    String declared = firstOf(jsonLd.headline(), meta.first("og:title"), meta.first("twitter:title"));
    if (declared == null && heading != null && !heading.isEmpty()) {
      return heading;
    }
    if (declared == null) {
      declared = document.title();
    }
    String site = firstOf(meta.first("og:site_name"), jsonLd.publisher());
    String title = withoutSiteName(declared, site);
    // the page's own heading, when the declared title is that heading plus decoration
    if (heading != null && heading.length() >= MIN_HEADING && title != null && title.length() > heading.length()
        && title.startsWith(heading)) {
      return heading;
    }
    return title;
  }

  static String withoutSiteName(String title, String site) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = title.strip();
    if (site != null && !site.isBlank()) {
      for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ", " · ")) {
        if (t.endsWith(separator + site)) {
          return t.substring(0, t.length() - separator.length() - site.length()).strip();
        }
        if (t.startsWith(site + separator)) {
          return t.substring(site.length() + separator.length()).strip();
        }
      }
    }
    return t;
  }

  /** Authors from JSON-LD or meta tags, else the byline the page shows. */
  String author(List<String> shownBylines) {
    List<String> declared = jsonLd.authors().stream().map(Bylines::names).filter(n -> n != null).toList();
    if (!declared.isEmpty()) {
      return String.join(", ", declared);
    }
    for (String key : List.of("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author")) {
      String value = meta.first(key);
      if (value != null && !value.startsWith("http")) {
        String names = Bylines.names(value);
        if (names != null) {
          return names;
        }
      }
    }
    for (String byline : shownBylines) {
      String names = Bylines.names(byline);
      if (names != null) {
        return names;
      }
    }
    for (Element marked : document.select("[itemprop=author], [rel=author], .byline, .author")) {
      String names = Bylines.names(marked.text());
      if (names != null) {
        return names;
      }
    }
    return null;
  }

  /**
   * When the article was published: declared in markup, else the first date shown near the
   * headline or in an element named for dates.
   */
  PublicationTime published(List<TextBlock> blocks, Element region, boolean dayFirst) {
    for (String declared : new String[] {jsonLd.datePublished(), meta.published()}) {
      Optional<PublicationTime> time = PublicationDates.parseMachine(declared);
      if (time.isPresent()) {
        return time.get();
      }
    }
    for (Element marked : document.select("[itemprop=datePublished], time[datetime], time[pubdate]")) {
      String value = firstOf(blankToNull(marked.attr("content")), blankToNull(marked.attr("datetime")));
      Optional<PublicationTime> time = PublicationDates.parseMachine(value);
      if (time.isEmpty()) {
        time = PublicationDates.findVisible(marked.text(), dayFirst);
      }
      if (time.isPresent()) {
        return time.get();
      }
    }
    return shownDate(blocks, region, dayFirst);
  }

  private PublicationTime shownDate(List<TextBlock> blocks, Element region, boolean dayFirst) {
    // near the article first: pages also show today's date in their header
    Element near = region;
    for (int up = 0; up < NEAR_LEVELS && near.parent() != null; up++) {
      near = near.parent();
    }
    for (Element named : near.getAllElements()) {
      if (named.childrenSize() <= 3 && named.text().length() <= MAX_DATE_LINE && namedForDates(named)) {
        Optional<PublicationTime> time = PublicationDates.findVisible(named.text(), dayFirst);
        if (time.isPresent()) {
          return time.get();
        }
      }
    }
    for (TextBlock block : blocks) {
      if (block.length() <= MAX_DATE_LINE && namedForDates(block.owner())) {
        Optional<PublicationTime> time = PublicationDates.findVisible(block.text(), dayFirst);
        if (time.isPresent()) {
          return time.get();
        }
      }
    }
    Element h1 = region.selectFirst("h1");
    if (h1 == null) {
      h1 = document.selectFirst("h1");
    }
    boolean afterHeadline = h1 == null;
    int looked = 0;
    for (TextBlock block : blocks) {
      if (!afterHeadline) {
        afterHeadline = block.owner() == h1 || block.owner().parents().contains(h1);
        continue;
      }
      if (looked++ >= BLOCKS_AFTER_HEADLINE) {
        break;
      }
      if (block.length() <= MAX_DATE_LINE) {
        Optional<PublicationTime> time = PublicationDates.findVisible(block.text(), dayFirst);
        if (time.isPresent()) {
          return time.get();
        }
      }
    }
    return null;
  }

  private static boolean namedForDates(Element owner) {
    int reach = 0;
    for (Element e = owner; e != null && reach < 2; e = e.parent(), reach++) {
      String names = ClassHints.names(e);
      if (!names.isEmpty() && DATE_NAMES.matcher(names).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The language the page declares ({@code html lang}, {@code og:locale}, JSON-LD), as a primary
   * subtag such as {@code vi}, {@code en} or {@code pt}; null when it declares none.
   */
  String declaredLanguage() {
    String declared = firstOf(document.select("html").attr("lang"), meta.first("og:locale"), jsonLd.inLanguage(),
        meta.first("content-language", "language"));
    if (declared == null) {
      return null;
    }
    String primary = declared.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  /** Vietnamese pages and pages from Vietnamese hosts write the day first; US pages do not. */
  boolean dayFirst(String lang) {
    String host = host(canonicalUrl());
    if (host != null && host.endsWith(".vn")) {
      return true;
    }
    String declared = document.select("html").attr("lang").toLowerCase(Locale.ROOT);
    if (declared.equals("en-us")) {
      return false;
    }
    return !"en".equals(lang) || !declared.isEmpty() && !declared.startsWith("en");
  }

  private static String host(String address) {
    if (address == null) {
      return null;
    }
    try {
      return URI.create(address.strip().replace(" ", "%20")).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  @SafeVarargs
  private static <T> T firstOf(T... values) {
    for (T value : values) {
      if (value != null && !(value instanceof String s && s.isBlank())) {
        return value;
      }
    }
    return null;
  }
}
