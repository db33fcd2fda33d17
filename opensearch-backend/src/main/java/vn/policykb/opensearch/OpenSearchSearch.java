package vn.policykb.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.Origin;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.search.ArticleSearch;
import vn.policykb.search.DecodedQuery;
import vn.policykb.search.ExportRow;
import vn.policykb.search.Facets;
import vn.policykb.search.PersonKeys;
import vn.policykb.search.PersonRef;
import vn.policykb.search.Publication;
import vn.policykb.search.QueryBuilder;
import vn.policykb.search.QueryFilter;
import vn.policykb.search.SearchHit;
import vn.policykb.search.SearchOrder;
import vn.policykb.search.SearchRequest;
import vn.policykb.search.SearchResults;
import vn.policykb.search.TelexQueries;
import vn.policykb.search.UserQuery;

/**
 * The search on an OpenSearch index: the query the embedded search builds, translated
 * ({@link QueryDsl}); one hit per group of copies ({@code collapse} on the group); the facets as
 * aggregations, each value counting groups, not documents; snippets from the stored body
 * ({@link StoredTextSnippets}). Counts of groups are the server's cardinality, close to exact up
 * to its precision threshold (40,000 groups for the total, 3,000 for a facet value) and flagged
 * as estimates when more than 3,000 groups match. A query typed in Telex keystrokes is read as on
 * the embedded index, from the cluster's counts ({@link OpenSearchMatchCounts}).
 */
public final class OpenSearchSearch implements ArticleSearch {

  private static final String SAME_LANGUAGE = "same-language";
  private static final int MAX_PUBLICATIONS = 50;
  private static final int MAX_SOURCES = 20;
  private static final int MAX_PEOPLE = 15;
  /** Groups the total counts close to exactly: the most a cardinality aggregation allows. */
  private static final int PRECISION = 40_000;
  /**
   * Groups each facet value counts close to exactly. A threshold of 40,000 under every bucket made
   * the aggregations take four times as long as at this one (62 against 15 ms a query on the 22k
   * index, the same counts); a value above it is an estimate, and so flagged.
   */
  private static final int BUCKET_PRECISION = 3_000;
  private static final List<String> PUBLICATION_FIELDS = List.of(IndexSchema.ID, IndexSchema.SOURCE, IndexSchema.URL,
      IndexSchema.TITLE, IndexSchema.DATE, IndexSchema.GROUP);

  private final OpenSearchConnection connection;
  private final String index;
  private final QueryBuilder queryBuilder;
  private final PersonKeys people;
  private final StoredTextSnippets snippets;
  private final TelexQueries telex;

  public OpenSearchSearch(OpenSearchConnection connection, String index, KnowledgeBase kb) {
    this.connection = connection;
    this.index = index;
    Analyzer analyzer = IndexSchema.analyzer();
    this.queryBuilder = new QueryBuilder(analyzer, kb);
    this.people = new PersonKeys(kb);
    this.snippets = new StoredTextSnippets(analyzer);
    this.telex = new TelexQueries(new OpenSearchMatchCounts(connection, index));
  }

  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    DecodedQuery decoded = decoded(request);
    UserQuery userQuery = userQuery(request, decoded);
    boolean browse = queryBuilder.isBrowse(userQuery);
    boolean newest = browse || request.order() == SearchOrder.NEWEST;
    int offset = (request.page() - 1) * request.size();
    Query query = queryBuilder.build(userQuery, false, request.crossLanguage());
    Query same = request.crossLanguage() ? queryBuilder.build(userQuery, false, false) : query;
    JsonNode answer = connection.post("/" + index + "/_search", body(query, same, newest, offset, request.size(), true));
    boolean relaxed = false;
    if (!browse && answer.path("hits").path("total").path("value").asLong() == 0) {
      Query anyWords = queryBuilder.build(userQuery, true, request.crossLanguage());
      if (!anyWords.equals(query)) {
        Query sameAny = request.crossLanguage() ? queryBuilder.build(userQuery, true, false) : anyWords;
        JsonNode some = connection.post("/" + index + "/_search", body(anyWords, sameAny, newest, offset, request.size(), true));
        if (some.path("hits").path("total").path("value").asLong() > 0) {
          answer = some;
          query = anyWords;
          same = sameAny;
          relaxed = true;
        }
      }
    }
    JsonNode aggregations = answer.path("aggregations");
    long total = aggregations.path("articles").path("value").asLong();
    Facets facets = facets(aggregations);
    JsonNode hitsNode = answer.path("hits").path("hits");
    List<Document> docs = new ArrayList<>();
    for (JsonNode hit : hitsNode) {
      docs.add(SourceDocuments.fromSource(hit.path("_source")));
    }
    Map<String, List<Document>> groups = groupMembers(docs.stream().map(d -> d.get(IndexSchema.GROUP)).toList());
    List<SearchHit> hits = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      Document doc = docs.get(i);
      JsonNode hit = hitsNode.get(i);
      boolean crossLanguage = query != same && !matched(hit, SAME_LANGUAGE);
      String translation = doc.get(IndexSchema.TRANSLATION);
      translation = translation == null || translation.isEmpty() ? null : translation;
      hits.add(new SearchHit(
          doc.get(IndexSchema.ID), doc.get(IndexSchema.TITLE), doc.get(IndexSchema.LANG),
          doc.get(IndexSchema.DATE), doc.get(IndexSchema.SOURCE), doc.get(IndexSchema.URL),
          snippets.of(query, doc.get(IndexSchema.BODY), doc.get(IndexSchema.LANG)),
          (float) hit.path("_score").asDouble(0),
          others(groups.getOrDefault(doc.get(IndexSchema.GROUP), List.of()), doc.get(IndexSchema.ID), doc.get(IndexSchema.GROUP)),
          List.of(doc.getValues(IndexSchema.RESOLUTIONS)),
          IndexSchema.people(doc).stream().map(PersonRef::of).toList(),
          translation, publication(translation), crossLanguage, Origin.of(doc)));
    }
    // above a precision threshold a cardinality is an estimate, and the results say so
    return new SearchResults(total, hits, relaxed, facets, answer.path("timed_out").asBoolean(false),
        total > BUCKET_PRECISION,
        decoded);
  }

  @Override
  public void export(SearchRequest request, int limit, Consumer<ExportRow> rows) throws IOException {
    UserQuery userQuery = userQuery(request, decoded(request));
    boolean browse = queryBuilder.isBrowse(userQuery);
    boolean newest = browse || request.order() == SearchOrder.NEWEST;
    Query query = queryBuilder.build(userQuery);
    List<JsonNode> hits = exportHits(query, newest, limit);
    if (!browse && hits.isEmpty()) {
      hits = exportHits(queryBuilder.build(userQuery, true), newest, limit);
    }
    for (JsonNode hit : hits) {
      Document doc = SourceDocuments.fromSource(hit.path("_source"));
      rows.accept(new ExportRow(doc.get(IndexSchema.ID), doc.get(IndexSchema.TITLE), doc.get(IndexSchema.LANG),
          doc.get(IndexSchema.DATE), doc.get(IndexSchema.SOURCE), doc.get(IndexSchema.URL),
          List.of(doc.getValues(IndexSchema.RESOLUTIONS)), List.of(doc.getValues(IndexSchema.CITATIONS))));
    }
  }

  /**
   * Up to {@code limit} hits, one per group, read a page at a time. Pages go by {@code from}:
   * OpenSearch refuses {@code search_after} beside a {@code collapse} unless the sort is the group
   * itself, and a search reaches no further than the index's result window either way.
   */
  private List<JsonNode> exportHits(Query query, boolean newest, int limit) throws IOException {
    List<JsonNode> hits = new ArrayList<>();
    int wanted = Math.min(limit, OpenSearchStoredMatches.RESULT_WINDOW);
    while (hits.size() < wanted) {
      ObjectNode body = body(query, query, newest, hits.size(), Math.min(1_000, wanted - hits.size()), false);
      ArrayNode sort = (ArrayNode) body.get("sort");
      // a unique last key, so that pages read one after another never skip or repeat a hit
      sort.addObject().putObject(IndexFields.name(IndexSchema.ID)).put("order", "asc");
      body.putArray("_source").add(IndexFields.name(IndexSchema.ID)).add(IndexFields.name(IndexSchema.TITLE))
          .add(IndexFields.name(IndexSchema.LANG)).add(IndexFields.name(IndexSchema.DATE))
          .add(IndexFields.name(IndexSchema.SOURCE)).add(IndexFields.name(IndexSchema.URL))
          .add(IndexFields.name(IndexSchema.RESOLUTIONS)).add(IndexFields.name(IndexSchema.CITATIONS));
      body.put("track_total_hits", false);
      JsonNode page = connection.post("/" + index + "/_search", body).path("hits").path("hits");
      page.forEach(hits::add);
      if (page.size() < body.path("size").asInt()) {
        break;
      }
    }
    return hits;
  }

  /** The words a query typed in Telex keystrokes stands for, or null when it is searched as typed. */
  private DecodedQuery decoded(SearchRequest request) throws IOException {
    String words = request.readTelex() ? telex.decode(request.query()) : null;
    return words == null ? null : new DecodedQuery(words, request.query());
  }

  private static UserQuery userQuery(SearchRequest request, DecodedQuery decoded) {
    UserQuery typed = UserQuery.parse(decoded == null ? request.query() : decoded.query());
    List<QueryFilter> filters = new ArrayList<>(typed.filters());
    filters.addAll(request.filters());
    return new UserQuery(typed.clauses(), filters);
  }

  private ObjectNode body(Query query, Query same, boolean newest, int from, int size, boolean aggregate) {
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    body.set("query", new QueryDsl(query == same ? Map.of() : Map.of(same, SAME_LANGUAGE)).translate(query));
    body.put("from", from).put("size", size);
    body.put("track_total_hits", true);
    ArrayNode sort = body.putArray("sort");
    if (newest) {
      sort.addObject().putObject(IndexFields.name(IndexSchema.DATE_DAYS)).put("order", "desc").put("missing", "_last");
    }
    sort.addObject().putObject("_score").put("order", "desc");
    body.putObject("collapse").put("field", IndexFields.name(IndexSchema.GROUP));
    if (aggregate) {
      aggregations(body.putObject("aggs"));
    }
    return body;
  }

  private static void aggregations(ObjectNode aggs) {
    groupCount(aggs.putObject("articles"), PRECISION);
    terms(aggs, "lang", IndexSchema.LANG, 10);
    terms(aggs, "resolution", IndexSchema.RESOLUTIONS, 100);
    terms(aggs, "source", IndexSchema.SOURCE, MAX_SOURCES);
    terms(aggs, "person", IndexSchema.PEOPLE, MAX_PEOPLE);
    histogram(aggs, "year", "year", "yyyy");
    histogram(aggs, "month", "month", "yyyy-MM");
  }

  private static void groupCount(ObjectNode agg, int precision) {
    agg.putObject("cardinality").put("field", IndexFields.name(IndexSchema.GROUP)).put("precision_threshold", precision);
  }

  private static void terms(ObjectNode aggs, String name, String field, int size) {
    ObjectNode agg = aggs.putObject(name);
    // ordered by documents; counted by groups below, and ordered again by those
    agg.putObject("terms").put("field", IndexFields.name(field)).put("size", size * 2).put("shard_size", size * 5);
    groupCount(agg.putObject("aggs").putObject("articles"), BUCKET_PRECISION);
  }

  private static void histogram(ObjectNode aggs, String name, String interval, String format) {
    ObjectNode agg = aggs.putObject(name);
    agg.putObject("date_histogram").put("field", IndexFields.name(IndexSchema.DATE)).put("calendar_interval", interval)
        .put("format", format).put("min_doc_count", 1);
    groupCount(agg.putObject("aggs").putObject("articles"), BUCKET_PRECISION);
  }

  private Facets facets(JsonNode aggs) {
    return new Facets(
        counts(aggs.path("lang"), Comparator.comparing(Facets.Count::count).reversed(), Integer.MAX_VALUE),
        counts(aggs.path("resolution"), Comparator.comparing(c -> resolutionOrder(c.value())), Integer.MAX_VALUE),
        counts(aggs.path("source"), Comparator.comparing(Facets.Count::count).reversed().thenComparing(Facets.Count::value), MAX_SOURCES),
        counts(aggs.path("year"), Comparator.comparing(Facets.Count::value).reversed(), Integer.MAX_VALUE),
        counts(aggs.path("month"), Comparator.comparing(Facets.Count::value).reversed(), Integer.MAX_VALUE),
        counts(aggs.path("person"), Comparator.comparing(Facets.Count::count).reversed().thenComparing(Facets.Count::value), MAX_PEOPLE)
            .stream().map(c -> new Facets.Count(c.value(), c.count(), people.label(c.value()))).toList());
  }

  private static int resolutionOrder(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static List<Facets.Count> counts(JsonNode agg, Comparator<Facets.Count> order, int limit) {
    List<Facets.Count> counts = new ArrayList<>();
    for (JsonNode bucket : agg.path("buckets")) {
      String value = bucket.has("key_as_string") ? bucket.path("key_as_string").asString() : bucket.path("key").asString();
      counts.add(new Facets.Count(value, bucket.path("articles").path("value").asLong()));
    }
    counts.sort(order);
    return counts.subList(0, Math.min(limit, counts.size()));
  }

  private static boolean matched(JsonNode hit, String name) {
    for (JsonNode matched : hit.path("matched_queries")) {
      if (name.equals(matched.asString())) {
        return true;
      }
    }
    return false;
  }

  /** Every document of these groups, by group: one request for the page. */
  private Map<String, List<Document>> groupMembers(List<String> groups) throws IOException {
    Set<String> distinct = new HashSet<>(groups);
    distinct.remove(null);
    if (distinct.isEmpty()) {
      return Map.of();
    }
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    body.put("size", Math.min(10_000, distinct.size() * (MAX_PUBLICATIONS + 1)));
    ArrayNode fields = body.putArray("_source");
    PUBLICATION_FIELDS.forEach(f -> fields.add(IndexFields.name(f)));
    ArrayNode values = body.putObject("query").putObject("terms").putArray(IndexFields.name(IndexSchema.GROUP));
    distinct.forEach(values::add);
    Map<String, List<Document>> members = new HashMap<>();
    for (JsonNode hit : connection.post("/" + index + "/_search", body).path("hits").path("hits")) {
      Document doc = SourceDocuments.fromSource(hit.path("_source"));
      members.computeIfAbsent(doc.get(IndexSchema.GROUP), g -> new ArrayList<>()).add(doc);
    }
    return members;
  }

  /** The group's documents other than the one shown: the group's first, then by date and id. */
  static List<Publication> others(List<Document> members, String shown, String group) {
    if (group == null) {
      return List.of();
    }
    return members.stream()
        .filter(d -> !d.get(IndexSchema.ID).equals(shown))
        .sorted(Comparator.<Document, Boolean>comparing(d -> !group.equals(d.get(IndexSchema.ID)))
            .thenComparing(d -> d.get(IndexSchema.DATE), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.get(IndexSchema.ID)))
        .limit(MAX_PUBLICATIONS)
        .map(d -> new Publication(d.get(IndexSchema.ID), d.get(IndexSchema.SOURCE), d.get(IndexSchema.URL),
            d.get(IndexSchema.TITLE)))
        .toList();
  }

  private Publication publication(String id) throws IOException {
    if (id == null) {
      return null;
    }
    Document doc = OpenSearchDocuments.get(connection, index, id);
    return doc == null ? null
        : new Publication(id, doc.get(IndexSchema.SOURCE), doc.get(IndexSchema.URL), doc.get(IndexSchema.TITLE));
  }

}
