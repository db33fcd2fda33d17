package vn.policykb.eval.quotes;

import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.policykb.kb.LookupKey;

/**
 * Precision and recall of found quotes against annotated ones. A found quote matches an
 * annotated one of the same kind when its text contains the annotated first words and its speaker
 * is the annotated one (compared without case or diacritics; one name may contain the other, as
 * {@code trung uý Kevin Ayd} contains {@code Kevin Ayd}). Each annotation matches once.
 */
public final class QuoteScore {

  /** Counts of one kind: found, annotated, matched; and matched by text alone, speaker aside. */
  public static final class Counts {
    int found;
    int expected;
    int matched;
    int textMatched;

    public int found() { return found; }
    public int expected() { return expected; }
    public int matched() { return matched; }
    public int textMatched() { return textMatched; }

    public double precision() {
      return found == 0 ? 1.0 : (double) matched / found;
    }

    public double recall() {
      return expected == 0 ? 1.0 : (double) matched / expected;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    void add(Counts other) {
      found += other.found;
      expected += other.expected;
      matched += other.matched;
      textMatched += other.textMatched;
    }
  }

  /**
   * Of the annotated quotes whose text was found, how many got the right speaker: {@code right}
   * of {@code total}.
   */
  public record Attribution(int right, int total) {
    public double accuracy() {
      return total == 0 ? 1.0 : (double) right / total;
    }
  }

  private final Map<QuoteKind, Counts> byKind = new EnumMap<>(QuoteKind.class);
  /** Speakers of text-matched annotations: [named right, named total, other right, other total]. */
  private final int[] speakers = new int[4];
  /** Roles of annotations with a role found with their speaker: [right, total]. */
  private final int[] roles = new int[2];
  private final List<String> wrongRoles = new ArrayList<>();
  private final List<String> misses = new ArrayList<>();
  private final List<String> falseFinds = new ArrayList<>();

  /**
   * Scores one article's found quotes against its annotations; kinds not annotated are left out,
   * and so are optional annotations and the found quotes that match them.
   */
  public void add(String articleId, List<Quote> found, List<QuoteTruth.Expected> expected, java.util.Set<QuoteKind> kinds) {
    List<Quote> scored = found.stream().filter(q -> kinds.contains(q.kind())).toList();
    boolean[] used = new boolean[expected.size()];
    boolean[] textUsed = new boolean[expected.size()];
    for (Quote quote : scored) {
      int match = -1;
      for (int i = 0; i < expected.size(); i++) {
        if (!used[i] && sameText(quote, expected.get(i)) && sameSpeaker(quote.speaker(), expected.get(i))) {
          match = i;
          break;
        }
      }
      int textMatch = -1;
      for (int i = 0; i < expected.size(); i++) {
        if (!textUsed[i] && sameText(quote, expected.get(i))) {
          textMatch = i;
          break;
        }
      }
      int matched = match >= 0 ? match : textMatch;
      if (matched >= 0 && expected.get(matched).optional()) {
        used[matched] = true;
        textUsed[matched] = true;
        continue;
      }
      Counts counts = counts(quote.kind());
      counts.found++;
      if (textMatch >= 0) {
        textUsed[textMatch] = true;
        counts.textMatched++;
      }
      if (match >= 0) {
        used[match] = true;
        counts.matched++;
        scoreRole(articleId, quote, expected.get(match));
      } else {
        falseFinds.add(articleId + "  " + quote.kind().label() + "  [" + quote.speaker() + "]  " + abbreviate(quote.text()));
      }
    }
    for (int i = 0; i < expected.size(); i++) {
      QuoteTruth.Expected e = expected.get(i);
      if (kinds.contains(e.kind()) && !e.optional()) {
        counts(e.kind()).expected++;
        if (used[i] || textUsed[i]) {
          int group = e.named() ? 0 : 2;
          speakers[group + 1]++;
          if (used[i]) {
            speakers[group]++;
          }
        }
        if (!used[i]) {
          misses.add(articleId + "  " + e.kind().label() + "  [" + e.speaker() + (e.mention().isEmpty() ? "" : ", " + e.mention())
              + "]  " + e.start());
        }
      }
    }
  }

  /** A role found is right when it is the annotated one, or one contains the other. */
  private void scoreRole(String articleId, Quote quote, QuoteTruth.Expected expected) {
    if (expected.role().isEmpty()) {
      return;
    }
    roles[1]++;
    if (quote.role() != null && sameSpeaker(quote.role(), expected.role())) {
      roles[0]++;
    } else {
      wrongRoles.add(articleId + "  [" + quote.speaker() + "]  role " + quote.role() + ", annotated " + expected.role());
    }
  }

  /** Role accuracy over the annotations with a role whose quote was found with its speaker. */
  public Attribution roles() {
    return new Attribution(roles[0], roles[1]);
  }

  public List<String> wrongRoles() {
    return List.copyOf(wrongRoles);
  }

  /** Speaker accuracy where the annotation names the speaker. */
  public Attribution namedSpeakers() {
    return new Attribution(speakers[0], speakers[1]);
  }

  /** Speaker accuracy where the text refers to the speaker by a pronoun, a description or not at all. */
  public Attribution otherSpeakers() {
    return new Attribution(speakers[2], speakers[3]);
  }

  public Counts counts(QuoteKind kind) {
    return byKind.computeIfAbsent(kind, k -> new Counts());
  }

  public Counts total() {
    Counts total = new Counts();
    byKind.values().forEach(total::add);
    return total;
  }

  public List<String> misses() {
    return List.copyOf(misses);
  }

  public List<String> falseFinds() {
    return List.copyOf(falseFinds);
  }

  static boolean sameText(Quote quote, QuoteTruth.Expected expected) {
    return quote.kind() == expected.kind() && squeeze(quote.text()).contains(squeeze(expected.start()));
  }

  static boolean sameSpeaker(String found, QuoteTruth.Expected expected) {
    if (sameSpeaker(found, expected.speaker())) {
      return true;
    }
    return expected.also().stream().anyMatch(name -> sameSpeaker(found, name));
  }

  static boolean sameSpeaker(String found, String expected) {
    String a = LookupKey.of(found);
    String b = LookupKey.of(expected);
    return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || a.contains(b) || b.contains(a));
  }

  /** Compared without case, diacritics, punctuation or spacing: quotes differ in their marks. */
  private static String squeeze(String text) {
    return LookupKey.of(text).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  private static String abbreviate(String text) {
    String line = text.replaceAll("\\s+", " ");
    return line.length() <= 90 ? line : line.substring(0, 90) + "…";
  }
}
