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
 *  "articles": [{"id": "…", "half": "tune", "quotes": [{"kind": "direct", "start": "first words", "speaker": "Name",
 *    "role": "…", "mention": "named", "also": ["…"], "optional": false, "text": "…"}]}]}</pre>
 *
 * <p>{@code half}, {@code role}, {@code mention}, {@code also}, {@code optional} and {@code text}
 * (a direct quote's words as the article writes them) may be left out.
 *
 * @param annotated the kinds that were annotated: quotes of other kinds are not scored
 * @param articles expected quotes by article id, in file order
 */
public record QuoteTruth(Set<QuoteKind> annotated, Map<String, List<Expected>> articles, Map<String, String> halves) {

  public QuoteTruth(Set<QuoteKind> annotated, Map<String, List<Expected>> articles) {
    this(annotated, articles, Map.of());
  }

  /** The truth of the articles of one half ({@code tune}, {@code check}), or all for {@code null}. */
  public QuoteTruth half(String half) {
    if (half == null) {
      return this;
    }
    Map<String, List<Expected>> kept = new LinkedHashMap<>();
    articles.forEach((id, quotes) -> {
      if (half.equals(halves.get(id))) {
        kept.put(id, quotes);
      }
    });
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("truth file: no article of half \"" + half + "\"");
    }
    return new QuoteTruth(annotated, kept, halves);
  }

  /**
   * An annotated quote.
   *
   * @param also other names the speaker goes by in the article (a short form, the body a
   *     spokesman speaks for): a found speaker matching one of them is right
   * @param mention how the attribution refers to the speaker: {@code named}, {@code pronoun},
   *     {@code description} ({@code the senator}, {@code bản kiến nghị}), {@code implicit} (a
   *     further quote with no cue of its own), or empty where not annotated
   * @param optional a borderline case (a scare quote that may be a partial quote, a finding that
   *     may be a statement): found or not, it is not scored
   * @param role the speaker's title or role where the text gives one, or empty
   */
  public record Expected(QuoteKind kind, String start, String speaker, List<String> also, String mention,
      boolean optional, String role) {

    public Expected(QuoteKind kind, String start, String speaker) {
      this(kind, start, speaker, List.of(), "", false, "");
    }

    /** Whether the annotation names the speaker, rather than a pronoun, a description or nothing. */
    public boolean named() {
      return mention.isEmpty() || mention.equals("named");
    }
  }

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
    Map<String, String> halves = new LinkedHashMap<>();
    for (JsonNode article : root.path("articles")) {
      String id = article.path("id").asString();
      List<Expected> quotes = new ArrayList<>();
      for (JsonNode quote : article.path("quotes")) {
        List<String> also = new ArrayList<>();
        quote.path("also").forEach(name -> also.add(name.asString()));
        quotes.add(new Expected(QuoteKind.fromLabel(quote.path("kind").asString()), quote.path("start").asString(),
            quote.path("speaker").asString(), List.copyOf(also), quote.path("mention").asString(""),
            quote.path("optional").asBoolean(false), quote.path("role").asString("")));
      }
      if (article.has("half")) {
        halves.put(id, article.path("half").asString());
      }
      if (articles.put(id, List.copyOf(quotes)) != null) {
        throw new IllegalArgumentException("truth file: article " + id + " annotated twice");
      }
    }
    return new QuoteTruth(Set.copyOf(kinds), articles, halves);
  }
}
