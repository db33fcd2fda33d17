package vn.policykb.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import vn.policykb.index.IndexSchema;

/**
 * Counts the articles matching a query by period and language from doc values: one pass over the
 * matches without scores, no stored field read.
 */
final class TimelineCounter {

  private TimelineCounter() {}

  static PeriodCounts count(IndexSearcher searcher, Query query, TimelineInterval interval) throws IOException {
    GroupOrdinals groups = GroupOrdinals.of(searcher.getIndexReader());
    return searcher.search(query, new CollectorManager<PeriodCollector, PeriodCounts>() {
      @Override
      public PeriodCollector newCollector() {
        return new PeriodCollector(groups, interval);
      }

      @Override
      public PeriodCounts reduce(Collection<PeriodCollector> collectors) {
        PeriodCounts all = new PeriodCounts();
        collectors.forEach(c -> all.add(c.counts));
        return all;
      }
    });
  }

  private static final class PeriodCollector extends SimpleCollector {
    final PeriodCounts counts = new PeriodCounts();
    private final GroupOrdinals groupOrdinals;
    private final TimelineInterval interval;
    private SortedDocValues group;
    private SortedDocValues lang;
    private NumericDocValues days;
    private LongValues toGlobal;
    private int docBase;
    private int viOrd;
    private int enOrd;
    // consecutive matches mostly fall in the same period: the last day's period is kept
    private long lastDay = Long.MIN_VALUE;
    private long lastPeriod;

    PeriodCollector(GroupOrdinals groupOrdinals, TimelineInterval interval) {
      this.groupOrdinals = groupOrdinals;
      this.interval = interval;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      docBase = context.docBase;
      group = DocValues.getSorted(context.reader(), IndexSchema.GROUP);
      lang = DocValues.getSorted(context.reader(), IndexSchema.LANG);
      days = DocValues.getNumeric(context.reader(), IndexSchema.DATE_DAYS);
      toGlobal = groupOrdinals.toGlobal(context);
      viOrd = lang.lookupTerm(new BytesRef("vi"));
      enOrd = lang.lookupTerm(new BytesRef("en"));
    }

    @Override
    public void collect(int doc) throws IOException {
      // a document indexed before groups existed is its own article: a number no group has
      long article = group.advanceExact(doc) ? toGlobal.get(group.ordValue()) : -1L - (docBase + doc);
      int language = PeriodCounts.OTHER;
      if (lang.advanceExact(doc)) {
        int ord = lang.ordValue();
        language = ord == viOrd ? PeriodCounts.VI : ord == enOrd ? PeriodCounts.EN : PeriodCounts.OTHER;
      }
      if (days.advanceExact(doc)) {
        long day = days.longValue();
        if (day != lastDay) {
          lastDay = day;
          lastPeriod = interval.period(day);
        }
        counts.addDated(lastPeriod, article, language);
      } else {
        counts.undated.add(article, language);
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
