package vn.policykb.search;

import java.util.List;

/**
 * What {@link Suggester#suggest} proposes for a query being typed: a corrected spelling of the
 * whole query ({@code didYouMean}, null when there is none), registry people and resolutions whose
 * names hold the typed words, completions of the last word with its diacritics, sources of the
 * index and glossary phrases whose words start with the typed ones.
 */
public record Suggestions(
    String query, String didYouMean, List<PersonSuggestion> people, List<ResolutionSuggestion> resolutions,
    List<String> terms, List<String> sources, List<String> phrases) {

  public Suggestions {
    people = List.copyOf(people);
    resolutions = List.copyOf(resolutions);
    terms = List.copyOf(terms);
    sources = sources == null ? List.of() : List.copyOf(sources);
    phrases = phrases == null ? List.of() : List.copyOf(phrases);
  }

  /** Suggestions without sources or phrases. */
  public Suggestions(
      String query, String didYouMean, List<PersonSuggestion> people, List<ResolutionSuggestion> resolutions,
      List<String> terms) {
    this(query, didYouMean, people, resolutions, terms, List.of(), List.of());
  }

  public static Suggestions none(String query) {
    return new Suggestions(query, null, List.of(), List.of(), List.of());
  }

  /** A person of the registry: its id and canonical name. */
  public record PersonSuggestion(String id, String name) {}

  /** A resolution: its number ({@code 57-NQ/TW}) and the name the typed words matched. */
  public record ResolutionSuggestion(String number, String name) {}
}
