package vn.policykb.search;

import java.util.ArrayList;
import java.util.List;
import vn.policykb.index.IndexSchema;
import vn.policykb.kb.Words;

/**
 * The included words of a query as the query is built from them: in groups of alternatives
 * ({@code a OR b c} is {@code [[a, b], [c]]}), two words typed apart that analysis reads as one
 * abbreviation joined ({@code TP. HCM}, so that it matches {@code TPHCM} too), and which of them
 * are question words.
 */
final class QueryWords {

  private final List<List<UserQuery.Clause>> groups;
  private final boolean[] question;
  private final boolean asksDefinition;

  private QueryWords(List<List<UserQuery.Clause>> groups, List<String> syllables) {
    this.groups = groups;
    this.question = QuestionWords.mark(syllables);
    this.asksDefinition = QuestionWords.definitionOpener(syllables) > 0;
  }

  static QueryWords of(UserQuery query, QueryAnalysis analysis) {
    List<List<UserQuery.Clause>> groups = joinAbbreviations(query.alternatives(), analysis);
    return new QueryWords(groups, groups.stream().map(g -> plainSyllable(g, analysis)).toList());
  }

  int size() {
    return groups.size();
  }

  List<UserQuery.Clause> group(int i) {
    return groups.get(i);
  }

  /** Whether the group asks ({@code gì}, {@code như thế nào}) rather than says what to find. */
  boolean isQuestion(int i) {
    return question[i];
  }

  /** Whether the query asks what the term after its opening words means ({@code Thế nào là X?}). */
  boolean asksDefinition() {
    return asksDefinition;
  }

  boolean hasAlternatives() {
    return groups.stream().anyMatch(g -> g.size() > 1);
  }

  /** The folded word of a group that may be part of a glossary term: one plain word, else null. */
  String termWord(int i) {
    List<UserQuery.Clause> group = groups.get(i);
    if (!isPlainWord(group)) {
      return null;
    }
    List<Words.Word> words = Words.of(group.getFirst().text());
    return words.size() == 1 ? words.getFirst().key() : null;
  }

  private static List<List<UserQuery.Clause>> joinAbbreviations(List<List<UserQuery.Clause>> groups,
      QueryAnalysis analysis) {
    List<List<UserQuery.Clause>> joined = new ArrayList<>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      List<UserQuery.Clause> group = groups.get(i);
      if (i + 1 < groups.size() && isPlainWord(group) && isPlainWord(groups.get(i + 1))) {
        String pair = group.getFirst().text() + " " + groups.get(i + 1).getFirst().text();
        if (!analysis.stacked(IndexSchema.BODY, pair).isEmpty()
            && analysis.stacked(IndexSchema.BODY, group.getFirst().text()).isEmpty()) {
          joined.add(List.of(new UserQuery.Clause(pair, false, false)));
          i++;
          continue;
        }
      }
      joined.add(group);
    }
    return List.copyOf(joined);
  }

  private static boolean isPlainWord(List<UserQuery.Clause> group) {
    return group.size() == 1 && !group.getFirst().phrase() && !group.getFirst().orWithPrevious();
  }

  /** The word's exact form where the group is one plain word of one syllable, else null. */
  private static String plainSyllable(List<UserQuery.Clause> group, QueryAnalysis analysis) {
    if (group.size() != 1 || group.getFirst().phrase()) {
      return null;
    }
    List<String> exact = analysis.tokens(IndexSchema.BODY, group.getFirst().text());
    return exact.size() == 1 ? exact.getFirst() : null;
  }
}
