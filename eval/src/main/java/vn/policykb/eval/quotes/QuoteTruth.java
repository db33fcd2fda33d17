package vn.policykb.eval.quotes;

import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hand-annotated quotes of a set of articles: for each article every quote of the annotated kinds,
 * by its kind, its first words and its speaker. Only first words are kept, so that annotations of
 * a data set kept elsewhere carry none of its text.
 *
 * <pre>{"annotated": ["direct", "reported"],
 *  "articles": [{"id": "…", "quotes": [{"kind": "direct", "start": "first words", "speaker": "Name"}]}]}</pre>
 *
 * @param annotated the kinds that were annotated: quotes of other kinds are not scored
 * @param articles expected quotes by article id, in file order
 */
public record QuoteTruth(Set<QuoteKind> annotated, Map<String, List<Expected>> articles) {

  /** An annotated quote. */
  public record Expected(QuoteKind kind, String start, String speaker) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public static QuoteTruth read(Path file) throws IOException {
    return parse(Files.readString(file));
  }

  public static QuoteTruth parse(String json) {
    JsonNode root = JSON.readTree(json);
    Set<QuoteKind> kinds = new TreeSet<>();
    for (JsonNode kind : root.path("annotated")) {
      kinds.add(QuoteKind.fromLabel(kind.asString()));
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("truth file: \"annotated\" lists no kind of quote");
    }
    Map<String, List<Expected>> articles = new LinkedHashMap<>();
    for (JsonNode article : root.path("articles")) {
      String id = article.path("id").asString();
      List<Expected> quotes = new ArrayList<>();
      for (JsonNode quote : article.path("quotes")) {
        quotes.add(new Expected(QuoteKind.fromLabel(quote.path("kind").asString()), quote.path("start").asString(),
            quote.path("speaker").asString()));
      }
      if (articles.put(id, List.copyOf(quotes)) != null) {
        throw new IllegalArgumentException("truth file: article " + id + " annotated twice");
      }
    }
    return new QuoteTruth(Set.copyOf(kinds), articles);
  }
}
