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
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import vn.policykb.index.IndexSchema;

/**
 * Counts the articles matching a query, and how many there are by language, resolution, source,
 * year, month and person, from doc values: one pass over the matches, no stored fields read.
 * Copies of one article (one group) count once under each value any of them has.
 *
 * <p>A document's group is read as a number valid across the whole index (a global ordinal, from
 * an ordinal map built once per index version), so that telling copies apart costs no string per
 * match.
 */
final class FacetCounter {

  /** Sources listed at most: the long tail says nothing to a reader. */
  static final int MAX_SOURCES = 20;
  /** People listed at most. */
  static final int MAX_PEOPLE = 15;

  /** Per index version, the global ordinals of the groups; dropped when the version closes. */
  private static final Map<IndexReader.CacheKey, OrdinalMap> GROUP_ORDINALS = new ConcurrentHashMap<>();

  /** The facets and the number of matching articles. */
  record Counts(Facets facets, long articles) {}

  private FacetCounter() {}

  static Counts count(IndexSearcher searcher, Query query, PersonKeys people) throws IOException {
    OrdinalMap groups = groupOrdinals(searcher.getIndexReader());
    Tally tally = searcher.search(query, new CollectorManager<TallyCollector, Tally>() {
      @Override
      public TallyCollector newCollector() {
        return new TallyCollector(groups);
      }

      @Override
      public Tally reduce(Collection<TallyCollector> collectors) {
        Tally all = new Tally();
        collectors.forEach(c -> all.add(c.tally));
        return all;
      }
    });
    Facets facets = new Facets(
        tally.counts("lang", Comparator.comparing(Facets.Count::count).reversed(), Integer.MAX_VALUE),
        tally.counts("resolution", Comparator.comparing(c -> Integer.parseInt(c.value())), Integer.MAX_VALUE),
        tally.counts("source", Comparator.comparing(Facets.Count::count).reversed()
            .thenComparing(Facets.Count::value), MAX_SOURCES),
        tally.counts("year", Comparator.comparing(Facets.Count::value).reversed(), Integer.MAX_VALUE),
        tally.counts("month", Comparator.comparing(Facets.Count::value).reversed(), Integer.MAX_VALUE),
        tally.counts("person", Comparator.comparing(Facets.Count::count).reversed()
            .thenComparing(Facets.Count::value), MAX_PEOPLE).stream()
            .map(c -> new Facets.Count(c.value(), c.count(), people.label(c.value()))).toList());
    return new Counts(facets, tally.articles.size());
  }

  /** The map from each segment's group ordinals to ordinals over the whole index, or null. */
  private static OrdinalMap groupOrdinals(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return build(reader, null);
    }
    OrdinalMap cached = GROUP_ORDINALS.get(helper.getKey());
    if (cached == null) {
      cached = build(reader, helper.getKey());
      GROUP_ORDINALS.put(helper.getKey(), cached);
      helper.addClosedListener(GROUP_ORDINALS::remove);
    }
    return cached;
  }

  private static OrdinalMap build(IndexReader reader, IndexReader.CacheKey key) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedDocValues[] values = new SortedDocValues[leaves.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = DocValues.getSorted(leaves.get(i).reader(), IndexSchema.GROUP);
    }
    return OrdinalMap.build(key, values, PackedInts.DEFAULT);
  }

  /** For each facet and value, the articles (global group ordinals) that have it. */
  private static final class Tally {
    private final Map<String, Map<String, LongHashSet>> groups = new HashMap<>();
    private final LongHashSet articles = new LongHashSet();

    void add(String facet, String value, LongHashSet articles) {
      groups.computeIfAbsent(facet, f -> new HashMap<>()).computeIfAbsent(value, v -> new LongHashSet()).addAll(articles);
    }

    void add(Tally other) {
      articles.addAll(other.articles);
      other.groups.forEach((facet, values) -> values.forEach((value, set) ->
          groups.computeIfAbsent(facet, f -> new HashMap<>()).computeIfAbsent(value, v -> new LongHashSet()).addAll(set)));
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
    private final OrdinalMap groupOrdinals;
    private SortedDocValues lang;
    private SortedDocValues source;
    private SortedDocValues group;
    private LongValues toGlobal;
    private SortedSetDocValues resolutions;
    private SortedSetDocValues people;
    private NumericDocValues days;
    private int docBase;
    // this segment's articles by value ordinal: strings are looked up once a value, at the end
    private LongHashSet[] byLang;
    private LongHashSet[] bySource;
    private LongHashSet[] byResolution;
    private LongHashSet[] byPerson;
    private final Map<Integer, LongHashSet> byMonth = new HashMap<>();

    TallyCollector(OrdinalMap groupOrdinals) {
      this.groupOrdinals = groupOrdinals;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      docBase = context.docBase;
      lang = DocValues.getSorted(context.reader(), IndexSchema.LANG);
      source = DocValues.getSorted(context.reader(), IndexSchema.SOURCE);
      group = DocValues.getSorted(context.reader(), IndexSchema.GROUP);
      toGlobal = groupOrdinals == null ? LongValues.IDENTITY : groupOrdinals.getGlobalOrds(context.ord);
      resolutions = DocValues.getSortedSet(context.reader(), IndexSchema.RESOLUTIONS);
      people = DocValues.getSortedSet(context.reader(), IndexSchema.PEOPLE);
      days = DocValues.getNumeric(context.reader(), IndexSchema.DATE_DAYS);
      byLang = new LongHashSet[lang.getValueCount()];
      bySource = new LongHashSet[source.getValueCount()];
      byResolution = new LongHashSet[(int) resolutions.getValueCount()];
      byPerson = new LongHashSet[(int) people.getValueCount()];
      byMonth.clear();
    }

    @Override
    public void collect(int doc) throws IOException {
      // a document indexed before groups existed is its own article: a number no group has
      long article = group.advanceExact(doc) ? toGlobal.get(group.ordValue()) : -1L - (docBase + doc);
      tally.articles.add(article);
      if (lang.advanceExact(doc)) {
        add(byLang, lang.ordValue(), article);
      }
      if (source.advanceExact(doc)) {
        add(bySource, source.ordValue(), article);
      }
      if (resolutions.advanceExact(doc)) {
        for (int i = 0; i < resolutions.docValueCount(); i++) {
          add(byResolution, (int) resolutions.nextOrd(), article);
        }
      }
      if (people.advanceExact(doc)) {
        for (int i = 0; i < people.docValueCount(); i++) {
          add(byPerson, (int) people.nextOrd(), article);
        }
      }
      if (days.advanceExact(doc)) {
        LocalDate date = LocalDate.ofEpochDay(days.longValue());
        byMonth.computeIfAbsent(date.getYear() * 100 + date.getMonthValue(), m -> new LongHashSet()).add(article);
      }
    }

    private static void add(LongHashSet[] byOrd, int ord, long article) {
      LongHashSet set = byOrd[ord];
      if (set == null) {
        set = byOrd[ord] = new LongHashSet();
      }
      set.add(article);
    }

    @Override
    public void finish() throws IOException {
      for (int ord = 0; ord < byLang.length; ord++) {
        merge("lang", byLang[ord], lang, ord);
      }
      for (int ord = 0; ord < bySource.length; ord++) {
        merge("source", bySource[ord], source, ord);
      }
      for (int ord = 0; ord < byResolution.length; ord++) {
        if (byResolution[ord] != null) {
          tally.add("resolution", resolutions.lookupOrd(ord).utf8ToString(), byResolution[ord]);
        }
      }
      for (int ord = 0; ord < byPerson.length; ord++) {
        if (byPerson[ord] != null) {
          tally.add("person", people.lookupOrd(ord).utf8ToString(), byPerson[ord]);
        }
      }
      byMonth.forEach((month, articles) -> {
        tally.add("year", String.valueOf(month / 100), articles);
        tally.add("month", String.format(Locale.ROOT, "%04d-%02d", month / 100, month % 100), articles);
      });
    }

    private void merge(String facet, LongHashSet articles, SortedDocValues values, int ord) throws IOException {
      if (articles != null) {
        tally.add(facet, values.lookupOrd(ord).utf8ToString(), articles);
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
