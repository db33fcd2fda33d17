package vn.policykb.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.LongValues;
import vn.policykb.index.IndexSchema;

/**
 * Counts the articles matching a query, and how many there are by language, resolution, source,
 * year, month and person, from doc values: one pass over the matches, unscored, no stored field
 * read. Copies of one article (one group) count once under each value any of them has.
 *
 * <p>Most articles are published once: those are counted with a number per value. Only the
 * documents of a group of copies are remembered by group, to count each group once
 * ({@link GroupCounts}).
 */
final class FacetCounter {

  /** Sources listed at most: the long tail says nothing to a reader. */
  static final int MAX_SOURCES = 20;
  /** People listed at most. */
  static final int MAX_PEOPLE = 15;

  /**
   * Past this many matching articles, the counts are estimated from a sample of the index: a
   * query of common words matches nearly every article, and counting each would cost more than
   * the rest of the search together.
   */
  static final long EXACT_UP_TO = 10_000;
  /** One document in this many is in the sample. */
  static final int SAMPLE_EVERY = 16;

  /**
   * The facets and the number of matching articles.
   *
   * @param estimated the counts are estimated from a sample (rounded), not counted
   */
  record Counts(Facets facets, long articles, boolean estimated) {}

  private FacetCounter() {}

  /** Counted exactly when few articles match, estimated from a sample of the index when many do. */
  static Counts count(IndexSearcher searcher, Query query, PersonKeys people) throws IOException {
    return count(searcher, query, people, EXACT_UP_TO, SAMPLE_EVERY);
  }

  static Counts count(IndexSearcher searcher, Query query, PersonKeys people, long exactUpTo, int sampleEvery)
      throws IOException {
    if (searcher.getIndexReader().maxDoc() > exactUpTo * 2 && mostMatches(searcher, query) > exactUpTo) {
      Query sampled = new BooleanQuery.Builder()
          .add(query, BooleanClause.Occur.MUST)
          .add(new SampledDocs(sampleEvery), BooleanClause.Occur.FILTER)
          .build();
      Counts sample = count(searcher, sampled, people, sampleEvery);
      if (sample.articles() > exactUpTo) {
        return sample;
      }
    }
    return count(searcher, query, people, 1);
  }

  /**
   * At most how many documents the query matches, as Lucene estimates it before iterating (the
   * rarest word's documents, for a query that needs every word): when that is few, the matches are
   * counted at once, without the sample first, which costs more than counting a few matches.
   */
  private static long mostMatches(IndexSearcher searcher, Query query) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    long most = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier matches = weight.scorerSupplier(leaf);
      most += matches == null ? 0 : matches.cost();
    }
    return most;
  }

  private static Counts count(IndexSearcher searcher, Query query, PersonKeys people, int scale) throws IOException {
    GroupOrdinals groups = GroupOrdinals.of(searcher.getIndexReader());
    ValueOrdinals sources = ValueOrdinals.of(searcher.getIndexReader(), IndexSchema.SOURCE, false);
    ValueOrdinals persons = ValueOrdinals.of(searcher.getIndexReader(), IndexSchema.PEOPLE, true);
    Tally tally = searcher.search(query, new CollectorManager<TallyCollector, Tally>() {
      @Override
      public TallyCollector newCollector() {
        return new TallyCollector(groups, sources, persons);
      }

      @Override
      public Tally reduce(Collection<TallyCollector> collectors) {
        if (collectors.size() == 1) {
          return collectors.iterator().next().tally;
        }
        Tally all = new Tally(groups.groupCount(), sources, persons);
        collectors.forEach(c -> all.add(c.tally));
        return all;
      }
    });
    tally.resolve("source", tally.bySource, sources, MAX_SOURCES);
    tally.resolve("person", tally.byPerson, persons, MAX_PEOPLE);
    Facets facets = new Facets(
        tally.counts("lang", scale, Comparator.comparing(Facets.Count::count).reversed(), Integer.MAX_VALUE),
        tally.counts("resolution", scale, Comparator.comparing(c -> Integer.parseInt(c.value())), Integer.MAX_VALUE),
        tally.counts("source", scale, Comparator.comparing(Facets.Count::count).reversed()
            .thenComparing(Facets.Count::value), MAX_SOURCES),
        tally.counts("year", scale, Comparator.comparing(Facets.Count::value).reversed(), Integer.MAX_VALUE),
        tally.counts("month", scale, Comparator.comparing(Facets.Count::value).reversed(), Integer.MAX_VALUE),
        tally.counts("person", scale, Comparator.comparing(Facets.Count::count).reversed()
            .thenComparing(Facets.Count::value), MAX_PEOPLE).stream()
            .map(c -> new Facets.Count(c.value(), c.count(), people.label(c.value()))).toList());
    return new Counts(facets, scaled(tally.articles.count(), scale), scale > 1);
  }

  /** A count in a sample of one document in {@code scale}, as an estimate for the whole index. */
  private static long scaled(long count, int scale) {
    if (scale == 1 || count == 0) {
      return count;
    }
    long estimate = count * scale;
    // two significant digits: an estimate should not look like a count
    long unit = (long) Math.pow(10, Math.max(0, (int) Math.log10(estimate) - 1));
    return Math.max(1, Math.round((double) estimate / unit) * unit);
  }

  /** For each facet and value, the articles that have it. */
  private static final class Tally {
    private final long groupCount;
    private final Map<String, Map<String, GroupCounts>> values = new HashMap<>();
    final GroupCounts articles;
    /** Sources and people by global ordinal: strings are read for the values shown only. */
    final GroupCounts[] bySource;
    final GroupCounts[] byPerson;

    Tally(long groupCount, ValueOrdinals sources, ValueOrdinals persons) {
      this.groupCount = groupCount;
      this.articles = new GroupCounts(groupCount);
      this.bySource = new GroupCounts[sources.valueCount()];
      this.byPerson = new GroupCounts[persons.valueCount()];
    }

    GroupCounts at(GroupCounts[] byOrd, long ord) {
      GroupCounts counts = byOrd[(int) ord];
      if (counts == null) {
        counts = byOrd[(int) ord] = new GroupCounts(groupCount);
      }
      return counts;
    }

    /**
     * The values counted by number, as strings: those that can be among the {@code limit} most
     * frequent (ties are broken by the value, so every value tied with the last is read).
     */
    void resolve(String facet, GroupCounts[] byOrd, ValueOrdinals ordinals, int limit) throws IOException {
      List<long[]> counted = new ArrayList<>();
      for (int ord = 0; ord < byOrd.length; ord++) {
        if (byOrd[ord] != null) {
          counted.add(new long[] {ord, byOrd[ord].count()});
        }
      }
      counted.sort(Comparator.comparingLong((long[] c) -> c[1]).reversed());
      long last = counted.size() > limit ? counted.get(limit - 1)[1] : 0;
      for (long[] c : counted) {
        if (c[1] < last) {
          break;
        }
        values.computeIfAbsent(facet, f -> new HashMap<>()).put(ordinals.value(c[0]), byOrd[(int) c[0]]);
      }
    }

    GroupCounts of(String facet, String value) {
      return values.computeIfAbsent(facet, f -> new HashMap<>()).computeIfAbsent(value, v -> new GroupCounts(groupCount));
    }

    void add(Tally other) {
      articles.add(other.articles);
      for (int ord = 0; ord < bySource.length; ord++) {
        if (other.bySource[ord] != null) {
          at(bySource, ord).add(other.bySource[ord]);
        }
      }
      for (int ord = 0; ord < byPerson.length; ord++) {
        if (other.byPerson[ord] != null) {
          at(byPerson, ord).add(other.byPerson[ord]);
        }
      }
      other.values.forEach((facet, byValue) -> byValue.forEach((value, counts) -> of(facet, value).add(counts)));
    }

    List<Facets.Count> counts(String facet, int scale, Comparator<Facets.Count> order, int limit) {
      List<Facets.Count> counts = new ArrayList<>();
      values.getOrDefault(facet, Map.of()).forEach((value, c) -> counts.add(new Facets.Count(value, scaled(c.count(), scale))));
      counts.sort(order);
      return counts.size() > limit ? counts.subList(0, limit) : counts;
    }
  }

  private static final class TallyCollector extends SimpleCollector {
    private final GroupOrdinals groups;
    private final ValueOrdinals sources;
    private final ValueOrdinals persons;
    private LongValues sourceToGlobal;
    private LongValues personToGlobal;
    final Tally tally;
    private SortedDocValues lang;
    private SortedDocValues source;
    private SortedDocValues group;
    private LongValues toGlobal;
    private SortedSetDocValues resolutions;
    private SortedSetDocValues people;
    private NumericDocValues days;
    // the tally's counts of this segment's value ordinals: each string is looked up once a segment
    private GroupCounts[] byLang;
    private GroupCounts[] byResolution;
    private int lastDay = Integer.MIN_VALUE;
    private GroupCounts lastMonth;
    private GroupCounts lastYear;

    TallyCollector(GroupOrdinals groups, ValueOrdinals sources, ValueOrdinals persons) {
      this.groups = groups;
      this.sources = sources;
      this.persons = persons;
      this.tally = new Tally(groups.groupCount(), sources, persons);
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      lang = DocValues.getSorted(context.reader(), IndexSchema.LANG);
      source = DocValues.getSorted(context.reader(), IndexSchema.SOURCE);
      group = DocValues.getSorted(context.reader(), IndexSchema.GROUP);
      toGlobal = groups.toGlobal(context);
      sourceToGlobal = sources.toGlobal(context);
      personToGlobal = persons.toGlobal(context);
      resolutions = DocValues.getSortedSet(context.reader(), IndexSchema.RESOLUTIONS);
      people = DocValues.getSortedSet(context.reader(), IndexSchema.PEOPLE);
      days = DocValues.getNumeric(context.reader(), IndexSchema.DATE_DAYS);
      byLang = new GroupCounts[lang.getValueCount()];
      byResolution = new GroupCounts[(int) resolutions.getValueCount()];
      lastDay = Integer.MIN_VALUE;
    }

    @Override
    public void collect(int doc) throws IOException {
      // a document indexed before groups existed is its own article, counted as published once
      long article = group.advanceExact(doc) ? toGlobal.get(group.ordValue()) : -1;
      if (article >= 0 && !groups.shared(article)) {
        article = -1;
      }
      tally.articles.add(article);
      if (lang.advanceExact(doc)) {
        counts(byLang, lang.ordValue(), "lang", lang).add(article);
      }
      if (source.advanceExact(doc)) {
        tally.at(tally.bySource, sourceToGlobal.get(source.ordValue())).add(article);
      }
      if (resolutions.advanceExact(doc)) {
        for (int i = 0; i < resolutions.docValueCount(); i++) {
          counts(byResolution, (int) resolutions.nextOrd(), "resolution", resolutions).add(article);
        }
      }
      if (people.advanceExact(doc)) {
        for (int i = 0; i < people.docValueCount(); i++) {
          tally.at(tally.byPerson, personToGlobal.get(people.nextOrd())).add(article);
        }
      }
      if (days.advanceExact(doc)) {
        int day = (int) days.longValue();
        if (day != lastDay) {
          LocalDate date = LocalDate.ofEpochDay(day);
          lastMonth = tally.of("month", String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue()));
          lastYear = tally.of("year", String.valueOf(date.getYear()));
          lastDay = day;
        }
        lastMonth.add(article);
        lastYear.add(article);
      }
    }

    private GroupCounts counts(GroupCounts[] byOrd, int ord, String facet, SortedDocValues values) throws IOException {
      GroupCounts counts = byOrd[ord];
      if (counts == null) {
        counts = byOrd[ord] = tally.of(facet, values.lookupOrd(ord).utf8ToString());
      }
      return counts;
    }

    private GroupCounts counts(GroupCounts[] byOrd, int ord, String facet, SortedSetDocValues values) throws IOException {
      GroupCounts counts = byOrd[ord];
      if (counts == null) {
        counts = byOrd[ord] = tally.of(facet, values.lookupOrd(ord).utf8ToString());
      }
      return counts;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
