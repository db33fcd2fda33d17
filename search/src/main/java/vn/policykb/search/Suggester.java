package vn.policykb.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.index.SearchableIndex;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.kb.LookupKey;

/**
 * Spelling suggestions drawn from the index itself, and suggestions while typing.
 *
 * <p>A query typed without diacritics ({@code to lam}, {@code nguoi viet}) gets the spelling the
 * texts use: a registry name first, when the whole query is one written without its marks
 * ({@code Tô Lâm}; {@link RegistrySuggestions}); otherwise the spelling the index makes likeliest
 * ({@link DiacriticRestorer}). A query written with diacritics is only brought to the tone-mark
 * placement the index uses ({@code hoá} → {@code hóa}); one already in that style gets no
 * suggestion.
 */
public final class Suggester implements SuggestionSource {

  /** Queries longer than this are not looked at. */
  public static final int MAX_QUERY_LENGTH = 500;

  private final RegistrySuggestions registry;
  private final DiacriticRestorer restorer;
  private final Completions completions;
  private final SourceAndPhraseSuggestions sourcesAndPhrases;

  public Suggester(SearchableIndex index, KnowledgeBase knowledgeBase) {
    this(new LuceneSuggestionIndex(index.searchers()), knowledgeBase);
  }

  /** Suggestions from what the index tells of its texts, and from the registries. */
  public Suggester(SuggestionIndex index, KnowledgeBase knowledgeBase) {
    IndexForms forms = new IndexForms();
    this.registry = new RegistrySuggestions(knowledgeBase);
    this.restorer = new DiacriticRestorer(index, forms);
    this.completions = new Completions(index, forms);
    this.sourcesAndPhrases = new SourceAndPhraseSuggestions(index, knowledgeBase);
  }

  /** The query as the texts would spell it, or null when it is spelt so already. */
  public String didYouMean(String query) throws IOException {
    if (query == null || query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
      return null;
    }
    String typed = TextNormalization.nfc(query.strip());
    String suggestion = registry.fullName(typed).orElse(null);
    if (suggestion == null) {
      suggestion = restorer.respell(typed);
    }
    if (suggestion == null || suggestion.toLowerCase(Locale.ROOT).equals(typed.toLowerCase(Locale.ROOT))) {
      return null;
    }
    return suggestion;
  }

  /**
   * Did-you-mean, registry people and resolutions matching the typed words, completions of the last
   * word, sources and glossary phrases matching the typed words.
   */
  public Suggestions suggest(String query, int limit) throws IOException {
    String q = query == null ? "" : query;
    if (q.isBlank() || q.length() > MAX_QUERY_LENGTH) {
      return Suggestions.none(q);
    }
    List<String> typedWords = Arrays.stream(LookupKey.of(q).split(" "))
        .map(w -> w.replaceAll("[\"“”]", ""))
        .filter(w -> !w.isEmpty())
        .toList();
    return new Suggestions(q, didYouMean(q), registry.people(typedWords, limit), registry.resolutions(typedWords, limit),
        completions.of(q, limit), sourcesAndPhrases.sources(typedWords, limit), sourcesAndPhrases.phrases(typedWords, limit));
  }
}
