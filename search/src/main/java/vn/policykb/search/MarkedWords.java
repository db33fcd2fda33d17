package vn.policykb.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.policykb.analysis.VietnameseFolding;
import vn.policykb.analysis.VietnameseTextNormalizer;
import vn.policykb.analysis.VietnameseToneMarks;

/**
 * Which of the words a query matched in a text a reader is shown marked.
 *
 * <p>Where words of the query stand together in the text ({@code to lam} in "Tô Lâm"), that run is
 * one mark, and a word of such a run is not marked again where it stands alone: the reader asked
 * for the name, not for every "to". A query word that is in no run is marked wherever it matched.
 * A word typed with diacritics ({@code làm}) marks a differently accented word ("Lâm") only where
 * the text never has it as typed; text without diacritics ("To Lam") it always marks.
 */
final class MarkedWords {

  /** What may stand between two words of one run: space, or one joining character (57-NQ/TW). */
  private static final String JOINERS = "-/.";
  private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s./-]+");

  /** A match the highlighter found: offsets into the text and the query's term (or terms). */
  record Match(int start, int end, String label) {}

  /** A mark to show: offsets, the folded words it covers, and how often those occur marked. */
  record Mark(int start, int end, String label, int freq) {}

  private MarkedWords() {}

  static List<Mark> select(List<Match> matches, String text) {
    List<Word> words = words(matches, text);
    dropOtherAccents(words);
    List<List<Word>> runs = runs(words, text);
    Set<String> inRuns = new HashSet<>();
    Set<Word> runWords = new HashSet<>();
    for (List<Word> run : runs) {
      for (Word word : run) {
        inRuns.addAll(word.keys);
        runWords.add(word);
      }
    }
    List<Mark> marks = new ArrayList<>();
    int r = 0;
    for (Word word : words) {
      if (r < runs.size() && runs.get(r).getFirst() == word) {
        List<Word> run = runs.get(r++);
        StringBuilder label = new StringBuilder();
        for (Word w : run) {
          label.append(label.isEmpty() ? "" : " ").append(w.key);
        }
        marks.add(new Mark(word.start, run.getLast().end, label.toString(), 0));
      } else if (!word.dropped && !runWords.contains(word) && disjoint(word.keys, inRuns)) {
        marks.add(new Mark(word.start, word.end, word.key, 0));
      }
    }
    Map<String, Integer> freqs = new HashMap<>();
    marks.forEach(m -> freqs.merge(m.label(), 1, Integer::sum));
    return marks.stream().map(m -> new Mark(m.start(), m.end(), m.label(), freqs.get(m.label()))).toList();
  }

  /** The matched words in text order, a word matched by several terms once. */
  private static List<Word> words(List<Match> matches, String text) {
    List<Match> sorted = new ArrayList<>(matches);
    sorted.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
    List<Word> words = new ArrayList<>();
    Word last = null;
    for (Match match : sorted) {
      if (last != null && match.start() < last.end) {
        last.end = Math.max(last.end, match.end());
        last.labels.add(match.label());
        continue;
      }
      last = new Word(match.start(), match.end());
      last.labels.add(match.label());
      words.add(last);
    }
    for (Word word : words) {
      word.exact = exact(text.substring(word.start, word.end));
      word.key = VietnameseFolding.fold(word.exact);
      // a match of several words (a phrase matched as one) stands for each of them
      word.keys.addAll(word.parts());
      for (String label : word.labels) {
        if (label.indexOf(' ') < 0) {
          word.keys.add(VietnameseFolding.fold(label));
        }
      }
    }
    return words;
  }

  /** A word as the exact field spells it: normalized, lower case, tone placed by one rule. */
  private static String exact(String written) {
    return VietnameseToneMarks.placeTone(VietnameseTextNormalizer.normalize(written).toLowerCase(Locale.ROOT));
  }

  /**
   * Leaves out the words the query matched only folded, spelled with other diacritics than a
   * query word typed with them, where the text has that word as typed.
   */
  private static void dropOtherAccents(List<Word> words) {
    Set<String> typed = new HashSet<>();
    for (Word word : words) {
      for (String label : word.labels) {
        for (String term : label.split(" ")) {
          if (!VietnameseFolding.fold(term).equals(term)) {
            typed.add(term);
          }
        }
      }
    }
    if (typed.isEmpty()) {
      return;
    }
    Set<String> foundAsTyped = new HashSet<>();
    for (Word word : words) {
      if (typed.contains(word.exact)) {
        foundAsTyped.add(word.key);
      }
    }
    for (Word word : words) {
      word.dropped = foundAsTyped.contains(word.key) && !typed.contains(word.exact) && !word.key.equals(word.exact);
    }
  }

  /** Runs of words standing together, of at least two different words, none twice. */
  private static List<List<Word>> runs(List<Word> words, String text) {
    List<List<Word>> runs = new ArrayList<>();
    List<Word> run = new ArrayList<>();
    for (Word word : words) {
      if (word.dropped) {
        continue;
      }
      // a word the run already has begins another: "Đà Nẵng đã" is the name, then "đã"
      if (!run.isEmpty() && (!together(text, run.getLast().end, word.start) || repeats(run, word))) {
        addIfRun(runs, run);
        run = new ArrayList<>();
      }
      run.add(word);
    }
    addIfRun(runs, run);
    return runs;
  }

  private static void addIfRun(List<List<Word>> runs, List<Word> run) {
    Set<String> distinct = new HashSet<>();
    run.forEach(w -> distinct.addAll(w.parts()));
    if (distinct.size() > 1) {
      runs.add(run);
    }
  }

  private static boolean repeats(List<Word> run, Word word) {
    for (Word w : run) {
      if (!disjoint(new HashSet<>(w.parts()), new HashSet<>(word.parts()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean together(String text, int end, int start) {
    if (start - end == 1 && JOINERS.indexOf(text.charAt(end)) >= 0) {
      return true;
    }
    for (int i = end; i < start; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String s : a) {
      if (b.contains(s)) {
        return false;
      }
    }
    return true;
  }

  /** One matched word of the text. */
  private static final class Word {
    final int start;
    int end;
    final Set<String> labels = new LinkedHashSet<>(4);
    /** Folded forms of the word and of the single terms that matched it. */
    final Set<String> keys = new HashSet<>(4);
    String exact;
    String key;
    boolean dropped;

    /** The words of the text this match covers, folded: one, unless a phrase matched as one. */
    List<String> parts() {
      List<String> parts = new ArrayList<>();
      for (String part : BETWEEN_WORDS.split(key)) {
        if (!part.isEmpty()) {
          parts.add(part);
        }
      }
      return parts;
    }

    Word(int start, int end) {
      this.start = start;
      this.end = end;
    }
  }
}
