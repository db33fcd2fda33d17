package vn.policykb.search;

import java.util.ArrayList;
import java.util.List;
import vn.policykb.kb.Glossary;
import vn.policykb.kb.GlossaryEntry;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.kb.PhraseMatcher;

/**
 * Translates the glossary terms of a query into the other language: {@code private sector
 * development} becomes {@code phát triển kinh tế tư nhân}. Terms are found longest first and
 * without regard to case or diacritics ({@code kinh te tu nhan}).
 */
public final class QueryTranslator {

  /** A run of query words {@code [start, end)} that is a glossary term, with its translations. */
  public record Translation(int start, int end, List<String> terms) {

    public int words() {
      return end - start;
    }
  }

  /** The translations of a query into one language. */
  public record Translated(String lang, List<Translation> translations) {}

  private final PhraseMatcher<List<String>> englishToVietnamese = new PhraseMatcher<>();
  private final PhraseMatcher<List<String>> vietnameseToEnglish = new PhraseMatcher<>();

  public QueryTranslator(Glossary glossary) {
    for (GlossaryEntry entry : glossary.entries()) {
      entry.en().forEach(term -> englishToVietnamese.add(term, entry.vi()));
      entry.vi().forEach(term -> vietnameseToEnglish.add(term, entry.en()));
    }
  }

  /**
   * The terms of a query in the language they translate into: the side whose terms cover more
   * of the query, since a query is written in one language.
   *
   * @param words the folded keys of the query's words; null where a word cannot be part of a term
   *     (a phrase, an alternative)
   */
  public Translated translate(List<String> words) {
    List<Translation> toVietnamese = find(englishToVietnamese, words);
    List<Translation> toEnglish = find(vietnameseToEnglish, words);
    int vi = toVietnamese.stream().mapToInt(Translation::words).sum();
    int en = toEnglish.stream().mapToInt(Translation::words).sum();
    if (vi == 0 && en == 0) {
      return new Translated(null, List.of());
    }
    return vi >= en ? new Translated("vi", toVietnamese) : new Translated("en", toEnglish);
  }

  /** The translations of a phrase given whole, into {@code vi} or {@code en}; empty if it is no term. */
  public Translated translatePhrase(String phrase) {
    List<String> vietnamese = englishToVietnamese.get(phrase);
    if (vietnamese != null) {
      return new Translated("vi", List.of(new Translation(0, 1, vietnamese)));
    }
    List<String> english = vietnameseToEnglish.get(phrase);
    return english == null ? new Translated(null, List.of()) : new Translated("en", List.of(new Translation(0, 1, english)));
  }

  private static List<Translation> find(PhraseMatcher<List<String>> matcher, List<String> words) {
    List<Translation> found = new ArrayList<>();
    int start = 0;
    while (start < words.size()) {
      if (words.get(start) == null) {
        start++;
        continue;
      }
      int end = start;
      while (end < words.size() && words.get(end) != null) {
        end++;
      }
      for (PhraseMatcher.Match<List<String>> match : matcher.find(words.subList(start, end))) {
        found.add(new Translation(start + match.start(), start + match.end(), match.value()));
      }
      start = end;
    }
    return found;
  }
}
