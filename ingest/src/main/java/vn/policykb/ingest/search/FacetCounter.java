package vn.policykb.ingest.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import vn.policykb.ingest.index.IndexSchema;

/**
 * Counts the articles matching a query by language, resolution, source, year, month and person, from doc
 * values: one pass over the matches, no stored fields read. Copies of one article (one group)
 * count once under each value any of them has.
 */
final class FacetCounter {

  /** Sources listed at most: the long tail says nothing to a reader. */
  static final int MAX_SOURCES = 20;
  /** People listed at most. */
  static final int MAX_PEOPLE = 15;

  private FacetCounter() {}

  static Facets count(IndexSearcher searcher, Query query) throws IOException {
    Tally tally = searcher.search(query, new CollectorManager<TallyCollector, Tally>() {
      @Override
      public TallyCollector newCollector() {
        return new TallyCollector();
      }

      @Override
      public Tally reduce(Collection<TallyCollector> collectors) {
        Tally all = new Tally();
        collectors.forEach(c -> all.add(c.tally));
        return all;
      }
    });
    return new Facets(
        tally.counts("lang", Comparator.comparing(Facets.Count::count).reversed(), Integer.MAX_VALUE),
        tally.counts("resolution", Comparator.comparing(c -> Integer.parseInt(c.value())), Integer.MAX_VALUE),
        tally.counts("source", Comparator.comparing(Facets.Count::count).reversed()
            .thenComparing(Facets.Count::value), MAX_SOURCES),
        tally.counts("year", Comparator.comparing(Facets.Count::value).reversed(), Integer.MAX_VALUE),
        tally.counts("month", Comparator.comparing(Facets.Count::value).reversed(), Integer.MAX_VALUE),
        tally.counts("person", Comparator.comparing(Facets.Count::count).reversed()
            .thenComparing(Facets.Count::value), MAX_PEOPLE).stream()
            .map(c -> new Facets.Count(c.value(), c.count(), PersonKeys.label(c.value()))).toList());
  }

  /** For each facet and value, the groups of the articles that have it. */
  private static final class Tally {
    private final Map<String, Map<String, Set<String>>> groups = new HashMap<>();

    void add(String facet, String value, String group) {
      groups.computeIfAbsent(facet, f -> new HashMap<>()).computeIfAbsent(value, v -> new HashSet<>()).add(group);
    }

    void add(Tally other) {
      other.groups.forEach((facet, values) -> values.forEach((value, set) ->
          groups.computeIfAbsent(facet, f -> new HashMap<>()).computeIfAbsent(value, v -> new HashSet<>()).addAll(set)));
    }

    List<Facets.Count> counts(String facet, Comparator<Facets.Count> order, int limit) {
      List<Facets.Count> counts = new ArrayList<>();
      groups.getOrDefault(facet, Map.of()).forEach((value, set) -> counts.add(new Facets.Count(value, set.size())));
      counts.sort(order);
      return counts.size() > limit ? counts.subList(0, limit) : counts;
    }
  }

  private static final class TallyCollector extends SimpleCollector {
    final Tally tally = new Tally();
    private SortedDocValues lang;
    private SortedDocValues source;
    private SortedDocValues group;
    private SortedSetDocValues resolutions;
    private SortedSetDocValues people;
    private NumericDocValues days;
    private int docBase;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      docBase = context.docBase;
      lang = DocValues.getSorted(context.reader(), IndexSchema.LANG);
      source = DocValues.getSorted(context.reader(), IndexSchema.SOURCE);
      group = DocValues.getSorted(context.reader(), IndexSchema.GROUP);
      resolutions = DocValues.getSortedSet(context.reader(), IndexSchema.RESOLUTIONS);
      people = DocValues.getSortedSet(context.reader(), IndexSchema.PEOPLE);
      days = DocValues.getNumeric(context.reader(), IndexSchema.DATE_DAYS);
    }

    @Override
    public void collect(int doc) throws IOException {
      // a document indexed before groups existed is its own group
      String article = group.advanceExact(doc) ? group.lookupOrd(group.ordValue()).utf8ToString() : "#" + (docBase + doc);
      if (lang.advanceExact(doc)) {
        tally.add("lang", lang.lookupOrd(lang.ordValue()).utf8ToString(), article);
      }
      if (source.advanceExact(doc)) {
        tally.add("source", source.lookupOrd(source.ordValue()).utf8ToString(), article);
      }
      if (resolutions.advanceExact(doc)) {
        for (int i = 0; i < resolutions.docValueCount(); i++) {
          tally.add("resolution", resolutions.lookupOrd(resolutions.nextOrd()).utf8ToString(), article);
        }
      }
      if (people.advanceExact(doc)) {
        for (int i = 0; i < people.docValueCount(); i++) {
          tally.add("person", people.lookupOrd(people.nextOrd()).utf8ToString(), article);
        }
      }
      if (days.advanceExact(doc)) {
        LocalDate date = LocalDate.ofEpochDay(days.longValue());
        tally.add("year", String.valueOf(date.getYear()), article);
        tally.add("month", String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue()), article);
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
