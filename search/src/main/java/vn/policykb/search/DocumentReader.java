package vn.policykb.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import vn.policykb.index.SearchableIndex;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.Translations;
import vn.policykb.index.MentionedPerson;
import vn.policykb.index.Origin;

/**
 * Reads documents from the index by id, and what the archive holds about a resolution or a
 * person: how many articles, by month and language, and the latest ones.
 */
public final class DocumentReader implements DocumentLookup {

  /** Articles a coverage reads to pick the latest, at most: a page lists a few. */
  private static final int LATEST_CANDIDATES = 200;
  /** Undated documents sort as the oldest. */
  private static final Sort NEWEST_FIRST = new Sort(new SortField(IndexSchema.DATE_DAYS, SortField.Type.LONG, true));
  private static final Set<String> SUMMARY_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.LANG,
      IndexSchema.DATE, IndexSchema.SOURCE, IndexSchema.URL, IndexSchema.GROUP);

  private final SearcherManager searchers;

  public DocumentReader(SearchableIndex index) {
    this.searchers = index.searchers();
  }

  /** The document with this id, in full. */
  public Optional<StoredDocument> document(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      int docId = top.scoreDocs[0].doc;
      Document doc = searcher.storedFields().document(docId);
      String body = doc.get(IndexSchema.BODY);
      return Optional.of(new StoredDocument(
          doc.get(IndexSchema.ID), doc.get(IndexSchema.TITLE), doc.get(IndexSchema.LANG), doc.get(IndexSchema.DATE),
          doc.get(IndexSchema.SOURCE), doc.get(IndexSchema.URL), doc.get(IndexSchema.AUTHOR),
          doc.get(IndexSchema.DATELINE), doc.get(IndexSchema.SUMMARY), body, StoredDocument.paragraphs(body),
          IndexSchema.quotes(doc), IndexSchema.people(doc).stream().map(PersonRef::of).toList(),
          List.of(doc.getValues(IndexSchema.RESOLUTIONS)), List.of(doc.getValues(IndexSchema.CITATIONS)),
          Publications.others(searcher, doc.get(IndexSchema.GROUP), docId), doc.get(IndexSchema.WARC_RECORD),
          Translations.of(searcher, docId), "true".equals(doc.get(IndexSchema.TRUNCATED)), Origin.of(doc)));
    } finally {
      searchers.release(searcher);
    }
  }

  /** The articles citing a resolution, by its number ({@code 57}). */
  public Coverage resolutionCoverage(String number, int latest) throws IOException {
    return coverage(new TermQuery(new Term(IndexSchema.RESOLUTIONS, number)), latest);
  }

  /** The articles naming a person, by its index key (a registry id, or {@code name:} and the folded name). */
  public Coverage personCoverage(String personKey, int latest) throws IOException {
    return coverage(new TermQuery(new Term(IndexSchema.PEOPLE, personKey)), latest);
  }

  /** The name the texts give a person known by its index key, if any document names them. */
  public Optional<String> personName(String personKey) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.PEOPLE, personKey)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexSchema.PEOPLE_JSON));
      for (MentionedPerson person : IndexSchema.people(doc)) {
        if (IndexSchema.personKey(person.id(), person.name()).equals(personKey)) {
          return Optional.of(person.name());
        }
      }
      return Optional.empty();
    } finally {
      searchers.release(searcher);
    }
  }

  private Coverage coverage(Query query, int latest) throws IOException {
    // an exact copy repeats its original: counting it would count one article twice
    Query originals = new BooleanQuery.Builder()
        .add(query, Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.DUPLICATE, "true")), Occur.MUST_NOT)
        .build();
    IndexSearcher searcher = searchers.acquire();
    try {
      Tally tally = searcher.search(originals, new CollectorManager<TallyCollector, Tally>() {
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
      return new Coverage(tally.articles.size(), tally.months(), tally.undated(), latest(searcher, originals, latest));
    } finally {
      searchers.release(searcher);
    }
  }

  private static List<DocumentSummary> latest(IndexSearcher searcher, Query query, int n) throws IOException {
    if (n <= 0) {
      return List.of();
    }
    TopDocs top = searcher.search(query, LATEST_CANDIDATES, NEWEST_FIRST);
    StoredFields stored = searcher.storedFields();
    Set<String> groups = new HashSet<>();
    List<DocumentSummary> latest = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc, SUMMARY_FIELDS);
      String group = doc.get(IndexSchema.GROUP);
      if (group != null && !groups.add(group)) {
        continue;
      }
      latest.add(new DocumentSummary(doc.get(IndexSchema.ID), doc.get(IndexSchema.TITLE), doc.get(IndexSchema.LANG),
          doc.get(IndexSchema.DATE), doc.get(IndexSchema.SOURCE), doc.get(IndexSchema.URL)));
      if (latest.size() == n) {
        break;
      }
    }
    return latest;
  }

  /** The groups (articles) seen, by month and language. */
  private static final class Tally {
    final Set<String> articles = new HashSet<>();
    final Map<String, Set<String>> byMonthAndLang = new HashMap<>();
    final Set<String> undatedArticles = new HashSet<>();

    void add(String article, String month, String lang) {
      articles.add(article);
      if (month == null) {
        undatedArticles.add(article);
      } else {
        byMonthAndLang.computeIfAbsent(month + " " + lang, k -> new HashSet<>()).add(article);
      }
    }

    void add(Tally other) {
      articles.addAll(other.articles);
      undatedArticles.addAll(other.undatedArticles);
      other.byMonthAndLang.forEach((k, v) -> byMonthAndLang.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    }

    long undated() {
      return undatedArticles.size();
    }

    List<Coverage.MonthCount> months() {
      TreeMap<YearMonth, long[]> counts = new TreeMap<>();
      byMonthAndLang.forEach((key, set) -> {
        String[] parts = key.split(" ");
        long[] count = counts.computeIfAbsent(YearMonth.parse(parts[0]), m -> new long[2]);
        count["vi".equals(parts[1]) ? 0 : 1] += set.size();
      });
      List<Coverage.MonthCount> months = new ArrayList<>();
      if (counts.isEmpty()) {
        return months;
      }
      // every month in between, so that a chart's gaps show as gaps
      for (YearMonth m = counts.firstKey(); !m.isAfter(counts.lastKey()); m = m.plusMonths(1)) {
        long[] count = counts.getOrDefault(m, new long[2]);
        months.add(new Coverage.MonthCount(m.toString(), count[0], count[1]));
      }
      return months;
    }
  }

  private static final class TallyCollector extends SimpleCollector {
    final Tally tally = new Tally();
    private SortedDocValues lang;
    private SortedDocValues group;
    private NumericDocValues days;
    private int docBase;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      docBase = context.docBase;
      lang = DocValues.getSorted(context.reader(), IndexSchema.LANG);
      group = DocValues.getSorted(context.reader(), IndexSchema.GROUP);
      days = DocValues.getNumeric(context.reader(), IndexSchema.DATE_DAYS);
    }

    @Override
    public void collect(int doc) throws IOException {
      String article = group.advanceExact(doc) ? group.lookupOrd(group.ordValue()).utf8ToString() : "#" + (docBase + doc);
      String language = lang.advanceExact(doc) ? lang.lookupOrd(lang.ordValue()).utf8ToString() : "en";
      String month = days.advanceExact(doc) ? YearMonth.from(LocalDate.ofEpochDay(days.longValue())).toString() : null;
      tally.add(article, month, language);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
