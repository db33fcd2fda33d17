package vn.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.analysis.VietnameseFolding;
import vn.policykb.analysis.VietnameseToneMarks;
import vn.policykb.index.SearchableIndex;
import vn.policykb.index.IndexSchema;
import vn.policykb.kb.Entity;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.kb.LookupKey;
import vn.policykb.kb.Person;
import vn.policykb.kb.Resolution;

/**
 * Spelling suggestions drawn from the index itself.
 *
 * <p>A query typed without diacritics ({@code to lam}, {@code nguoi viet}) gets the spelling the
 * texts use: a registry name first, when the whole query is one written without its marks
 * ({@code Tô Lâm}); otherwise, word by word, among the diacritic forms the {@code body} field holds
 * for each folded syllable, the sequence whose adjacent pairs occur most often as phrases, the
 * frequency of each form breaking ties. A query written with diacritics is only brought to the
 * tone-mark placement the index uses ({@code hoá} → {@code hóa}); one already in that style gets
 * no suggestion.
 *
 * <p>The folded → diacritic forms map is built from the terms of the exact field once per index
 * reader, lazily, and keeps only forms that occur at least twice and the few most frequent forms
 * of each folded syllable.
 */
public final class Suggester {

  /** Queries longer than this are not looked at. */
  public static final int MAX_QUERY_LENGTH = 500;
  /** Diacritic forms kept per folded syllable. */
  static final int FORMS_PER_SYLLABLE = 4;
  /** Occurrences a form needs in the texts to be proposed. */
  static final int MIN_OCCURRENCES = 2;
  /** Longest term kept in the map. */
  static final int MAX_TERM_LENGTH = 20;
  /** Words of a query that are restored at most; longer queries get no suggestion. */
  static final int MAX_WORDS = 12;
  private static final int CASE_SAMPLE_DOCS = 5;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
  private static final Set<String> OPERATORS = Set.of("OR", "AND", "NOT");

  private final SearcherManager searchers;
  private final KnowledgeBase knowledgeBase;
  private volatile Forms forms;

  public Suggester(SearchableIndex index, KnowledgeBase knowledgeBase) {
    this.searchers = index.searchers();
    this.knowledgeBase = knowledgeBase;
  }

  /** One diacritic form of a folded syllable and how often the texts have it. */
  record Form(String exact, long count) {}

  /** The forms of one index reader, and what was learnt of their capitalization. */
  private record Forms(Object readerKey, NavigableMap<String, Form[]> byFolded, Map<String, Boolean> capitalized) {}

  /** A word of the query: where it is and how it was typed. */
  private record Word(int start, int end, String typed, String lower, String folded) {}

  // ---- did you mean

  /** The query as the texts would spell it, or null when it is spelt so already. */
  public String didYouMean(String query) throws IOException {
    if (query == null || query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
      return null;
    }
    String typed = TextNormalization.nfc(query.strip());
    String suggestion = registryName(typed).orElse(null);
    if (suggestion == null) {
      suggestion = fromIndex(typed);
    }
    if (suggestion == null || suggestion.toLowerCase(Locale.ROOT).equals(typed.toLowerCase(Locale.ROOT))) {
      return null;
    }
    return suggestion;
  }

  /** A name of a registry entry that is the whole query with its diacritics. */
  private Optional<String> registryName(String typed) {
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

  private String fromIndex(String typed) throws IOException {
    List<Word> words = words(typed);
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return null;
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      Forms forms = forms(searcher.getIndexReader());
      String[] chosen = words.stream().anyMatch(w -> !w.lower.equals(w.folded))
          ? toneStyle(searcher, words)
          : restore(searcher, forms, words);
      if (chosen == null) {
        return null;
      }
      StringBuilder out = new StringBuilder();
      int at = 0;
      for (int i = 0; i < words.size(); i++) {
        Word word = words.get(i);
        out.append(typed, at, word.start);
        out.append(chosen[i] == null ? word.typed : cased(searcher, forms, word, chosen[i]));
        at = word.end;
      }
      out.append(typed, at, typed.length());
      return out.toString();
    } finally {
      searchers.release(searcher);
    }
  }

  /** The words of the query that may be respelt: not operators, not in {@code field:value}. */
  private static List<Word> words(String typed) {
    List<Word> words = new ArrayList<>();
    Matcher token = Pattern.compile("\\S+").matcher(typed);
    while (token.find()) {
      String text = token.group();
      if (text.indexOf(':') >= 0 || OPERATORS.contains(text)) {
        continue;
      }
      Matcher word = WORD.matcher(text);
      while (word.find()) {
        String w = word.group();
        String lower = w.toLowerCase(Locale.ROOT);
        words.add(new Word(token.start() + word.start(), token.start() + word.end(), w, lower,
            VietnameseFolding.fold(lower)));
      }
    }
    return words;
  }

  /** Words typed with marks, moved to the placement of the index when the index has that form. */
  private static String[] toneStyle(IndexSearcher searcher, List<Word> words) throws IOException {
    String[] chosen = new String[words.size()];
    boolean changed = false;
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      String placed = VietnameseToneMarks.placeTone(word.lower);
      if (!placed.equals(word.lower) && searcher.getIndexReader().docFreq(new Term(IndexSchema.BODY, placed)) > 0) {
        chosen[i] = placed;
        changed = true;
      }
    }
    return changed ? chosen : null;
  }

  /**
   * The most likely diacritic form of each unaccented word: the sequence that maximizes the
   * phrase counts of adjacent pairs (weighted most) plus the frequency of each form.
   */
  private static String[] restore(IndexSearcher searcher, Forms forms, List<Word> words) throws IOException {
    int n = words.size();
    List<Form[]> candidates = new ArrayList<>(n);
    for (Word word : words) {
      Form[] known = forms.byFolded.get(word.folded);
      candidates.add(known == null ? new Form[] {new Form(word.lower, 0)} : known);
    }
    // best[i][c]: the best score of words 0..i ending in candidate c; from[i][c] its predecessor
    double[][] best = new double[n][];
    int[][] from = new int[n][];
    for (int i = 0; i < n; i++) {
      Form[] here = candidates.get(i);
      best[i] = new double[here.length];
      from[i] = new int[here.length];
      long[][] pairs = i == 0 ? null : pairCounts(searcher, words.get(i - 1), words.get(i), candidates.get(i - 1), here);
      for (int c = 0; c < here.length; c++) {
        double unigram = 0.1 * Math.log1p(here[c].count());
        if (i == 0) {
          best[i][c] = unigram;
          continue;
        }
        double top = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < best[i - 1].length; p++) {
          double score = best[i - 1][p] + Math.log1p(pairs[p][c]);
          if (score > top) {
            top = score;
            from[i][c] = p;
          }
        }
        best[i][c] = top + unigram;
      }
    }
    int c = 0;
    for (int k = 1; k < best[n - 1].length; k++) {
      if (best[n - 1][k] > best[n - 1][c]) {
        c = k;
      }
    }
    String[] chosen = new String[n];
    boolean changed = false;
    for (int i = n - 1; i >= 0; i--) {
      String form = candidates.get(i)[c].exact();
      if (!form.equals(words.get(i).lower)) {
        chosen[i] = form;
        changed = true;
      }
      c = from[i][c];
    }
    return changed ? chosen : null;
  }

  /** Documents with each pair of forms as a phrase; none looked up when the folded pair never occurs. */
  private static long[][] pairCounts(IndexSearcher searcher, Word left, Word right, Form[] lefts, Form[] rights)
      throws IOException {
    long[][] counts = new long[lefts.length][rights.length];
    Term folded = new Term(IndexSchema.BODY_BIGRAMS, left.folded + " " + right.folded);
    if (searcher.getIndexReader().docFreq(folded) == 0) {
      return counts;
    }
    for (int l = 0; l < lefts.length; l++) {
      for (int r = 0; r < rights.length; r++) {
        counts[l][r] = searcher.count(new PhraseQuery(IndexSchema.BODY, lefts[l].exact(), rights[r].exact()));
      }
    }
    return counts;
  }

  /** The form as typed in capitals, else as the texts mostly write it mid-sentence. */
  private static String cased(IndexSearcher searcher, Forms forms, Word word, String form) throws IOException {
    if (Character.isUpperCase(word.typed.codePointAt(0))) {
      return capitalize(form);
    }
    Boolean capital = forms.capitalized.get(form);
    if (capital == null) {
      capital = mostlyCapitalized(searcher, form);
      forms.capitalized.put(form, capital);
    }
    return capital ? capitalize(form) : form;
  }

  private static boolean mostlyCapitalized(IndexSearcher searcher, String form) throws IOException {
    int upper = 0;
    int lower = 0;
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(new TermQuery(new Term(IndexSchema.BODY, form)), CASE_SAMPLE_DOCS).scoreDocs) {
      String body = stored.document(hit.doc, Set.of(IndexSchema.BODY)).get(IndexSchema.BODY);
      if (body == null) {
        continue;
      }
      body = TextNormalization.nfc(body);
      Matcher word = WORD.matcher(body);
      while (word.find()) {
        String w = word.group();
        if (!VietnameseToneMarks.placeTone(w.toLowerCase(Locale.ROOT)).equals(form) || startsSentence(body, word.start())) {
          continue;
        }
        if (Character.isUpperCase(w.codePointAt(0))) {
          upper++;
        } else {
          lower++;
        }
      }
    }
    return upper > lower;
  }

  private static boolean startsSentence(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
      i--;
    }
    return i < 0 || ".!?:\n\r\"“(–—-".indexOf(text.charAt(i)) >= 0;
  }

  private static String capitalize(String form) {
    return form.isEmpty() ? form : form.substring(0, 1).toUpperCase(Locale.ROOT) + form.substring(1);
  }

  private static boolean hasMarks(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return !VietnameseFolding.fold(lower).equals(lower);
  }

  // ---- the forms of the index

  private Forms forms(IndexReader reader) throws IOException {
    Object key = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
    Forms current = forms;
    if (current != null && current.readerKey == key) {
      return current;
    }
    synchronized (this) {
      current = forms;
      if (current == null || current.readerKey != key) {
        current = new Forms(key, build(reader), new ConcurrentHashMap<>());
        forms = current;
      }
      return current;
    }
  }

  /** Folded syllable → its most frequent forms in the exact field, most frequent first. */
  static NavigableMap<String, Form[]> build(IndexReader reader) throws IOException {
    Map<String, List<Form>> all = new HashMap<>();
    Terms terms = MultiTerms.getTerms(reader, IndexSchema.BODY);
    if (terms != null) {
      TermsEnum each = terms.iterator();
      for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
        if (bytes.length > MAX_TERM_LENGTH * 3) {
          continue;
        }
        long count = each.totalTermFreq();
        if (count < MIN_OCCURRENCES) {
          continue;
        }
        String term = bytes.utf8ToString();
        if (term.length() > MAX_TERM_LENGTH || !WORD.matcher(term).matches()) {
          continue;
        }
        all.computeIfAbsent(VietnameseFolding.fold(term), k -> new ArrayList<>(2)).add(new Form(term, count));
      }
    }
    NavigableMap<String, Form[]> byFolded = new TreeMap<>();
    Comparator<Form> mostFrequent = Comparator.comparingLong(Form::count).reversed().thenComparing(Form::exact);
    all.forEach((folded, list) -> {
      list.sort(mostFrequent);
      byFolded.put(folded, list.subList(0, Math.min(FORMS_PER_SYLLABLE, list.size())).toArray(Form[]::new));
    });
    return byFolded;
  }

  // ---- suggestions while typing

  /** Did-you-mean, registry people and resolutions matching the typed words, completions of the last word. */
  public Suggestions suggest(String query, int limit) throws IOException {
    String q = query == null ? "" : query;
    if (q.isBlank() || q.length() > MAX_QUERY_LENGTH) {
      return Suggestions.none(q);
    }
    List<String> typedWords = Arrays.stream(LookupKey.of(q).split(" "))
        .map(w -> w.replaceAll("[\"“”]", ""))
        .filter(w -> !w.isEmpty())
        .toList();
    return new Suggestions(q, didYouMean(q), people(typedWords, limit), resolutions(typedWords, limit),
        completions(q, limit));
  }

  /** How well a name matches the typed words: 0 when it starts with them, 1 when it holds them all, -1 not. */
  private static int match(String name, List<String> typedWords) {
    if (typedWords.isEmpty()) {
      return -1;
    }
    String key = LookupKey.of(name);
    List<String> nameWords = List.of(key.split(" "));
    for (String typed : typedWords) {
      if (nameWords.stream().noneMatch(w -> w.startsWith(typed))) {
        return -1;
      }
    }
    return key.startsWith(String.join(" ", typedWords)) ? 0 : 1;
  }

  private List<Suggestions.PersonSuggestion> people(List<String> typedWords, int limit) {
    record Ranked(Person person, int rank) {}
    List<Ranked> ranked = new ArrayList<>();
    for (Person person : knowledgeBase.people()) {
      int rank = person.names().stream().mapToInt(n -> match(n, typedWords)).filter(r -> r >= 0).min().orElse(-1);
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

  private List<Suggestions.ResolutionSuggestion> resolutions(List<String> typedWords, int limit) {
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
        int rank = match(name, typedWords);
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

  /** The most frequent forms of the terms that start, once folded, like the last word typed. */
  private List<String> completions(String q, int limit) throws IOException {
    List<Word> words = words(TextNormalization.nfc(q));
    if (words.isEmpty()) {
      return List.of();
    }
    Word last = words.getLast();
    IndexSearcher searcher = searchers.acquire();
    try {
      Forms forms = forms(searcher.getIndexReader());
      PriorityQueue<Form> top = new PriorityQueue<>(Comparator.comparingLong(Form::count));
      String prefix = last.folded;
      for (Form[] candidates : forms.byFolded.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values()) {
        for (Form form : candidates) {
          if (!form.exact().startsWith(last.lower) && !last.lower.equals(last.folded)) {
            continue; // typed with marks: keep to the forms that have them
          }
          top.add(form);
          if (top.size() > limit) {
            top.poll();
          }
        }
      }
      List<Form> sorted = new ArrayList<>(top);
      sorted.sort(Comparator.comparingLong(Form::count).reversed().thenComparing(Form::exact));
      return sorted.stream().map(Form::exact).toList();
    } finally {
      searchers.release(searcher);
    }
  }
}
