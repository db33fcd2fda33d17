package vn.policykb.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.internal.hppc.LongHashSet;

/**
 * The articles (numbers of groups of copies) of a set of matches by period and language, and those
 * without a date: an article with copies in two periods counts in both, as the date facets count it.
 */
final class PeriodCounts {

  static final int OTHER = 0;
  static final int VI = 1;
  static final int EN = 2;

  /** Articles of one period, or without one: all, and by language. */
  static final class Sets {
    final LongHashSet all = new LongHashSet();
    final LongHashSet vi = new LongHashSet();
    final LongHashSet en = new LongHashSet();

    void add(long article, int lang) {
      all.add(article);
      if (lang == VI) {
        vi.add(article);
      } else if (lang == EN) {
        en.add(article);
      }
    }

    void addAll(Sets other) {
      all.addAll(other.all);
      vi.addAll(other.vi);
      en.addAll(other.en);
    }
  }

  final Map<Long, Sets> byPeriod = new HashMap<>();
  final Sets undated = new Sets();
  /** Every article that has a dated copy: an article is undated only when none of its copies has a date. */
  final LongHashSet dated = new LongHashSet();

  void addDated(long period, long article, int lang) {
    byPeriod.computeIfAbsent(period, p -> new Sets()).add(article, lang);
    dated.add(article);
  }

  void add(PeriodCounts other) {
    other.byPeriod.forEach((period, sets) -> byPeriod.computeIfAbsent(period, p -> new Sets()).addAll(sets));
    undated.addAll(other.undated);
    dated.addAll(other.dated);
  }

  /** Articles of a period, or null when it has none. */
  Sets period(long period) {
    return byPeriod.get(period);
  }

  /** The articles none of whose copies is dated, by language. */
  TimelineCount undatedCount() {
    return new TimelineCount(without(undated.vi), without(undated.en), without(undated.all));
  }

  private long without(LongHashSet set) {
    long n = 0;
    for (var cursor : set) {
      if (!dated.contains(cursor.value)) {
        n++;
      }
    }
    return n;
  }

  /** Distinct articles of every period and undated ones. */
  long articles() {
    LongHashSet all = new LongHashSet();
    byPeriod.values().forEach(s -> all.addAll(s.all));
    all.addAll(undated.all);
    return all.size();
  }
}
