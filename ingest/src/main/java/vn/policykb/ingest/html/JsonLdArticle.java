package vn.policykb.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page's JSON-LD says of its article: the first {@code NewsArticle}, {@code Article} or
 * kindred object, found at the top level, in an array or in an {@code @graph}. Malformed blocks
 * are skipped; pages get JSON-LD wrong often enough.
 */
record JsonLdArticle(String headline, String datePublished, List<String> authors, String description,
    String publisher, String url, String articleBody, String inLanguage) {

  private static final Set<String> ARTICLE_TYPES = Set.of(
      "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
      "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle",
      "techarticle", "socialmediaposting", "liveblogposting", "report", "posting");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final JsonLdArticle NONE = new JsonLdArticle(null, null, List.of(), null, null, null, null, null);

  static JsonLdArticle read(Document document) {
    for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
      String json = script.data().strip()
          .replaceAll("^<!--|-->$", "").replaceAll("^/\\*<!\\[CDATA\\[\\*/|/\\*]]>\\*/$", "").strip();
      if (json.endsWith(";")) {
        json = json.substring(0, json.length() - 1);
      }
      try {
        JsonNode article = findArticle(JSON.readTree(json), 0);
        if (article != null) {
          return of(article);
        }
      } catch (JacksonException e) {
        // a broken block says nothing; the next one may
      }
    }
    return NONE;
  }

  private static JsonNode findArticle(JsonNode node, int depth) {
    if (node == null || depth > 4) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = findArticle(item, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    if (isArticle(node.get("@type"))) {
      return node;
    }
    JsonNode found = findArticle(node.get("@graph"), depth + 1);
    return found != null ? found : findArticle(node.get("mainEntity"), depth + 1);
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    return type.isString() && ARTICLE_TYPES.contains(type.asString().toLowerCase(Locale.ROOT));
  }

  private static JsonLdArticle of(JsonNode article) {
    List<String> authors = new ArrayList<>();
    addNames(article.get("author"), authors);
    String url = text(article.get("url"));
    if (url == null) {
      JsonNode page = article.get("mainEntityOfPage");
      url = page != null && page.isObject() ? text(page.get("@id")) : text(page);
    }
    JsonNode publisher = article.get("publisher");
    return new JsonLdArticle(
        firstOf(text(article.get("headline")), text(article.get("name"))),
        firstOf(text(article.get("datePublished")), text(article.get("dateCreated"))),
        authors,
        text(article.get("description")),
        publisher != null && publisher.isObject() ? text(publisher.get("name")) : text(publisher),
        url,
        text(article.get("articleBody")),
        text(article.get("inLanguage")));
  }

  private static void addNames(JsonNode node, List<String> names) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> addNames(item, names));
    } else if (node.isObject()) {
      String name = text(node.get("name"));
      if (name != null && !names.contains(name)) {
        names.add(name);
      }
    } else {
      String name = text(node);
      if (name != null && !name.startsWith("http") && !names.contains(name)) {
        names.add(name);
      }
    }
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : text(node.get(0));
    }
    if (!node.isValueNode()) {
      return null;
    }
    String value = org.jsoup.parser.Parser.unescapeEntities(node.asString(), false).strip();
    return value.isEmpty() ? null : value;
  }

  private static String firstOf(String a, String b) {
    return a != null ? a : b;
  }
}
