package vn.policykb.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.policykb.analysis.VietnameseFolding;
import vn.policykb.kb.Entity;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.kb.LookupKey;
import vn.policykb.kb.Person;
import vn.policykb.kb.Resolution;

/** What the registries propose for a query: the name it spells without diacritics, people and resolutions it names. */
final class RegistrySuggestions {

  private final KnowledgeBase knowledgeBase;

  RegistrySuggestions(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  /** A name of a registry entry that is the whole query with its diacritics. */
  Optional<String> fullName(String typed) {
    if (hasMarks(typed)) {
      return Optional.empty();
    }
    String key = LookupKey.of(typed);
    List<String> names = new ArrayList<>();
    Optional<Entity> entity = knowledgeBase.resolve(typed);
    entity.ifPresent(e -> {
      names.add(e.displayName());
      names.addAll(e.names());
    });
    knowledgeBase.resolution(typed).ifPresent(r -> {
      names.add(r.number());
      names.addAll(r.shortNames().all());
    });
    return names.stream()
        .filter(name -> hasMarks(name) && LookupKey.of(name).equals(key))
        .findFirst();
  }

  /** People of the registry with a name holding every typed word, those it starts with first. */
  List<Suggestions.PersonSuggestion> people(List<String> typedWords, int limit) {
    record Ranked(Person person, int rank) {}
    List<Ranked> ranked = new ArrayList<>();
    for (Person person : knowledgeBase.people()) {
      int rank = person.names().stream().mapToInt(n -> TypedWordsMatch.rank(n, typedWords)).filter(r -> r >= 0).min().orElse(-1);
      if (rank >= 0) {
        ranked.add(new Ranked(person, rank));
      }
    }
    return ranked.stream()
        .sorted(Comparator.comparingInt(Ranked::rank).thenComparing(r -> r.person().name()))
        .limit(limit)
        .map(r -> new Suggestions.PersonSuggestion(r.person().id(), r.person().name()))
        .toList();
  }

  /** Resolutions with a number or name holding every typed word, with the name that matched best. */
  List<Suggestions.ResolutionSuggestion> resolutions(List<String> typedWords, int limit) {
    record Ranked(Resolution resolution, String name, int rank) {}
    List<Ranked> ranked = new ArrayList<>();
    for (Resolution resolution : knowledgeBase.resolutions()) {
      List<String> names = new ArrayList<>(resolution.shortNames().all());
      names.add(resolution.number());
      if (resolution.nameVi() != null && resolution.nameVi().value() != null) {
        names.add(resolution.nameVi().value());
      }
      if (resolution.nameEn() != null && resolution.nameEn().value() != null) {
        names.add(resolution.nameEn().value());
      }
      Ranked best = null;
      for (String name : names) {
        int rank = TypedWordsMatch.rank(name, typedWords);
        if (rank >= 0 && (best == null || rank < best.rank())) {
          best = new Ranked(resolution, name, rank);
        }
      }
      if (best != null) {
        ranked.add(best);
      }
    }
    return ranked.stream()
        .sorted(Comparator.comparingInt(Ranked::rank).thenComparing(r -> r.resolution().number()))
        .limit(limit)
        .map(r -> new Suggestions.ResolutionSuggestion(r.resolution().number(), r.name()))
        .toList();
  }

  private static boolean hasMarks(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return !VietnameseFolding.fold(lower).equals(lower);
  }
}
