package vn.policykb.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.policykb.index.IndexSchema;

/**
 * Lucene queries for {@link QueryFilter}s: filters on one field are alternatives
 * ({@code lang:vi lang:en} is either), filters on different fields all apply, and date ranges
 * intersect.
 */
final class FilterQueries {

  private FilterQueries() {}

  static List<Query> of(List<QueryFilter> filters, PersonKeys people) {
    Map<String, List<Query>> byField = new LinkedHashMap<>();
    List<Query> result = new ArrayList<>();
    for (QueryFilter filter : filters) {
      switch (filter) {
        case QueryFilter.Lang lang -> byField.computeIfAbsent(IndexSchema.LANG, f -> new ArrayList<>())
            .add(new TermQuery(new Term(IndexSchema.LANG, lang.lang())));
        case QueryFilter.Resolution r -> byField.computeIfAbsent(IndexSchema.RESOLUTIONS, f -> new ArrayList<>())
            .add(new TermQuery(new Term(IndexSchema.RESOLUTIONS, r.number())));
        case QueryFilter.Source s -> byField.computeIfAbsent(IndexSchema.SOURCE_KEY, f -> new ArrayList<>())
            .add(new TermQuery(new Term(IndexSchema.SOURCE_KEY, IndexSchema.sourceKey(s.source()))));
        case QueryFilter.Person person -> byField.computeIfAbsent(IndexSchema.PEOPLE, f -> new ArrayList<>())
            .add(new TermQuery(new Term(IndexSchema.PEOPLE, people.of(person.named()))));
        case QueryFilter.DatasetId d -> byField.computeIfAbsent(IndexSchema.DATASET_ID, f -> new ArrayList<>())
            .add(new TermQuery(new Term(IndexSchema.DATASET_ID, d.id())));
        case QueryFilter.DateRange d -> result.add(LongPoint.newRangeQuery(IndexSchema.DATE_DAYS,
            d.from() == null ? Long.MIN_VALUE : d.from().toEpochDay(),
            d.to() == null ? Long.MAX_VALUE : d.to().toEpochDay()));
      }
    }
    for (List<Query> alternatives : byField.values()) {
      if (alternatives.size() == 1) {
        result.add(alternatives.getFirst());
      } else {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        alternatives.forEach(q -> any.add(q, Occur.SHOULD));
        result.add(any.build());
      }
    }
    return result;
  }
}
