package vn.policykb.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import vn.policykb.index.SearchableIndex;
import vn.policykb.kb.KnowledgeBase;

/**
 * Attention over time: how many articles match each of a few queries, period by period and by
 * language, and what share of all the articles of the period that is. Articles are counted as the
 * search counts its total (copies of one article once, the same fallback to any of the words when
 * a short query matches nothing), from doc values over the matches, without scoring.
 */
public final class Timeline implements Timelines {

  /** Queries one timeline compares, at most. */
  public static final int MAX_QUERIES = 5;
  /** Periods one timeline spans, at most: some eleven years of days. */
  public static final int MAX_PERIODS = 4_000;
  /** Denominators kept, at most: one per set of filters and interval in use. */
  private static final int MAX_CACHED_TOTALS = 64;

  private final SearcherManager searchers;
  private final ArticleDays days;
  private final QueryBuilder queryBuilder;
  /** All the articles per period, by index version, filters and interval: the same for every query. */
  private final Map<TotalsKey, Map<Long, Long>> totals = new ConcurrentHashMap<>();

  private record TotalsKey(IndexReader.CacheKey reader, List<QueryFilter> filters, TimelineInterval interval) {}

  public Timeline(SearchableIndex index, KnowledgeBase kb) {
    this.searchers = index.searchers();
    this.days = null;
    this.queryBuilder = new QueryBuilder(index.analyzer(), kb);
  }

  /** Timelines of an index that gives the days of its matches, a search server's. */
  public Timeline(ArticleDays days, Analyzer analyzer, KnowledgeBase kb) {
    this.searchers = null;
    this.days = days;
    this.queryBuilder = new QueryBuilder(analyzer, kb);
  }

  /** What one timeline reads: a searcher of the embedded index, or the days a server gives. */
  private interface View extends Closeable {
    PeriodCounts count(Query query, TimelineInterval interval) throws IOException;

    /** The embedded index's reader, whose version the totals are cached by; null when there is none. */
    default IndexReader reader() {
      return null;
    }

    @Override
    void close() throws IOException;
  }

  private View view() throws IOException {
    if (searchers == null) {
      return new View() {
        @Override
        public PeriodCounts count(Query query, TimelineInterval interval) throws IOException {
          return counts(query, interval);
        }

        @Override
        public void close() {}
      };
    }
    IndexSearcher searcher = searchers.acquire();
    return new View() {
      @Override
      public PeriodCounts count(Query query, TimelineInterval interval) throws IOException {
        return TimelineCounter.count(searcher, query, interval);
      }

      @Override
      public IndexReader reader() {
        return searcher.getIndexReader();
      }

      @Override
      public void close() throws IOException {
        searchers.release(searcher);
      }
    };
  }

  /** The counts from the days a server gives: each group of copies one article. */
  private PeriodCounts counts(Query query, TimelineInterval interval) throws IOException {
    PeriodCounts counts = new PeriodCounts();
    Map<String, Long> articles = new HashMap<>();
    days.forEach(query, (group, day, lang) -> {
      long article = articles.computeIfAbsent(group, g -> (long) articles.size());
      int language = "vi".equals(lang) ? PeriodCounts.VI : "en".equals(lang) ? PeriodCounts.EN : PeriodCounts.OTHER;
      if (day == null) {
        counts.undated.add(article, language);
      } else {
        counts.addDated(interval.period(day), article, language);
      }
    });
    return counts;
  }

  /**
   * @param queries one to {@link #MAX_QUERIES} queries as typed; a blank one stands for every article
   * @param filters what each query is narrowed by, as the search's filters narrow it
   * @param crossLanguage also count documents of the other language found through the glossary
   * @throws IllegalArgumentException for no query, too many, or a range of more than {@link #MAX_PERIODS}
   */
  public TimelineResult of(List<String> queries, List<QueryFilter> filters, TimelineInterval interval,
      boolean crossLanguage) throws IOException {
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("q is missing: give one to " + MAX_QUERIES + " queries");
    }
    if (queries.size() > MAX_QUERIES) {
      throw new IllegalArgumentException(
          "at most " + MAX_QUERIES + " queries can be compared, " + queries.size() + " were given");
    }
    try (View searcher = view()) {
      List<PeriodCounts> counts = new ArrayList<>(queries.size());
      for (String typed : queries) {
        counts.add(count(searcher, typed, filters, interval, crossLanguage));
      }
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (PeriodCounts c : counts) {
        for (long period : c.byPeriod.keySet()) {
          first = Math.min(first, period);
          last = Math.max(last, period);
        }
      }
      if (first != Long.MAX_VALUE && last - first + 1 > MAX_PERIODS) {
        throw new IllegalArgumentException("the matches span " + (last - first + 1) + " periods of a "
            + interval.label() + ", more than " + MAX_PERIODS + ": use a longer interval or narrow the dates");
      }
      Map<Long, Long> all = first == Long.MAX_VALUE ? Map.of() : totals(searcher, filters, interval);
      List<TimelineSeries> series = new ArrayList<>(queries.size());
      for (int i = 0; i < queries.size(); i++) {
        PeriodCounts c = counts.get(i);
        List<TimelinePoint> points = new ArrayList<>();
        for (long period = first; period <= last && first != Long.MAX_VALUE; period++) {
          points.add(point(interval, period, c.period(period), all.getOrDefault(period, 0L)));
        }
        series.add(new TimelineSeries(queries.get(i), c.articles(), points, c.undatedCount()));
      }
      return new TimelineResult(interval.label(), series);
    }
  }

  private static TimelinePoint point(TimelineInterval interval, long period, PeriodCounts.Sets sets, long all) {
    long total = sets == null ? 0 : sets.all.size();
    double share = all == 0 ? 0 : Math.round(total * 1_000_000.0 / all) / 1_000_000.0;
    return new TimelinePoint(interval.label(period), interval.start(period).toString(),
        sets == null ? 0 : sets.vi.size(), sets == null ? 0 : sets.en.size(), total, share);
  }

  private PeriodCounts count(View searcher, String typed, List<QueryFilter> filters,
      TimelineInterval interval, boolean crossLanguage) throws IOException {
    UserQuery parsed = UserQuery.parse(typed == null ? "" : typed);
    List<QueryFilter> all = new ArrayList<>(parsed.filters());
    all.addAll(filters);
    UserQuery query = new UserQuery(parsed.clauses(), all);
    PeriodCounts counts = searcher.count(queryBuilder.matching(query, false, crossLanguage), interval);
    if (counts.byPeriod.isEmpty() && counts.undated.all.isEmpty() && !queryBuilder.isBrowse(query)) {
      counts = searcher.count(queryBuilder.matching(query, true, crossLanguage), interval);
    }
    return counts;
  }

  private Map<Long, Long> totals(View searcher, List<QueryFilter> filters, TimelineInterval interval)
      throws IOException {
    IndexReader.CacheHelper helper = searcher.reader() == null ? null : searcher.reader().getReaderCacheHelper();
    TotalsKey key = helper == null ? null : new TotalsKey(helper.getKey(), List.copyOf(filters), interval);
    Map<Long, Long> cached = key == null ? null : totals.get(key);
    if (cached != null) {
      return cached;
    }
    Query everything = queryBuilder.build(new UserQuery(List.of(), filters), false, false);
    PeriodCounts counts = searcher.count(everything, interval);
    Map<Long, Long> byPeriod = new HashMap<>();
    counts.byPeriod.forEach((period, sets) -> byPeriod.put(period, (long) sets.all.size()));
    if (key != null) {
      if (totals.size() >= MAX_CACHED_TOTALS) {
        totals.clear();
      }
      if (totals.keySet().stream().noneMatch(k -> k.reader() == key.reader())) {
        helper.addClosedListener(closed -> totals.keySet().removeIf(k -> k.reader() == closed));
      }
      totals.put(key, byPeriod);
    }
    return byPeriod;
  }
}
