package vn.policykb.search;

import java.util.List;

/**
 * What {@link Suggester#suggest} proposes for a query being typed: a corrected spelling of the
 * whole query ({@code didYouMean}, null when there is none), registry people and resolutions whose
 * names hold the typed words, and completions of the last word with its diacritics.
 */
public record Suggestions(
    String query, String didYouMean, List<PersonSuggestion> people, List<ResolutionSuggestion> resolutions,
    List<String> terms) {

  public Suggestions {
    people = List.copyOf(people);
    resolutions = List.copyOf(resolutions);
    terms = List.copyOf(terms);
  }

  public static Suggestions none(String query) {
    return new Suggestions(query, null, List.of(), List.of(), List.of());
  }

  /** A person of the registry: its id and canonical name. */
  public record PersonSuggestion(String id, String name) {}

  /** A resolution: its number ({@code 57-NQ/TW}) and the name the typed words matched. */
  public record ResolutionSuggestion(String number, String name) {}
}
