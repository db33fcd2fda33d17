package vn.policykb.opensearch;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.MentionedPerson;
import vn.policykb.index.Origin;
import vn.policykb.search.Coverage;
import vn.policykb.search.DocumentLookup;
import vn.policykb.search.DocumentSummary;
import vn.policykb.search.PersonRef;
import vn.policykb.search.Publication;
import vn.policykb.search.StoredDocument;

/** Documents by id, and coverage of a resolution or a person, on an OpenSearch index. */
public final class OpenSearchDocuments implements DocumentLookup {

  private final OpenSearchConnection connection;
  private final String index;

  public OpenSearchDocuments(OpenSearchConnection connection, String index) {
    this.connection = connection;
    this.index = index;
  }

  /** The stored values of the document with this id; null when there is none. */
  static Document get(OpenSearchConnection connection, String index, String id) throws IOException {
    try {
      JsonNode answer = connection.get("/" + index + "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
      return answer.path("found").asBoolean(false) ? SourceDocuments.fromSource(answer.path("_source")) : null;
    } catch (OpenSearchException e) {
      if (e.status() == 404) {
        return null;
      }
      throw e;
    }
  }

  @Override
  public Optional<StoredDocument> document(String id) throws IOException {
    Document doc = get(connection, index, id);
    if (doc == null) {
      return Optional.empty();
    }
    String body = doc.get(IndexSchema.BODY);
    String translation = doc.get(IndexSchema.TRANSLATION);
    return Optional.of(new StoredDocument(
        doc.get(IndexSchema.ID), doc.get(IndexSchema.TITLE), doc.get(IndexSchema.LANG), doc.get(IndexSchema.DATE),
        doc.get(IndexSchema.SOURCE), doc.get(IndexSchema.URL), doc.get(IndexSchema.AUTHOR),
        doc.get(IndexSchema.DATELINE), doc.get(IndexSchema.SUMMARY), body, StoredDocument.paragraphs(body),
        IndexSchema.quotes(doc), IndexSchema.people(doc).stream().map(PersonRef::of).toList(),
        List.of(doc.getValues(IndexSchema.RESOLUTIONS)), List.of(doc.getValues(IndexSchema.CITATIONS)),
        publications(doc.get(IndexSchema.GROUP), id), doc.get(IndexSchema.WARC_RECORD),
        translation == null || translation.isEmpty() ? null : translation,
        "true".equals(doc.get(IndexSchema.TRUNCATED)), Origin.of(doc)));
  }

  private List<Publication> publications(String group, String shown) throws IOException {
    if (group == null) {
      return List.of();
    }
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    body.put("size", 51);
    body.putObject("query").putObject("term").put(IndexFields.name(IndexSchema.GROUP), group);
    List<Document> members = new ArrayList<>();
    for (JsonNode hit : connection.post("/" + index + "/_search", body).path("hits").path("hits")) {
      members.add(SourceDocuments.fromSource(hit.path("_source")));
    }
    return OpenSearchSearch.others(members, shown, group);
  }

  @Override
  public Coverage resolutionCoverage(String number, int latest) throws IOException {
    return coverage(term(IndexSchema.RESOLUTIONS, number), latest);
  }

  @Override
  public Coverage personCoverage(String personKey, int latest) throws IOException {
    return coverage(term(IndexSchema.PEOPLE, personKey), latest);
  }

  @Override
  public Optional<String> personName(String personKey) throws IOException {
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    body.put("size", 1);
    body.set("query", term(IndexSchema.PEOPLE, personKey));
    for (JsonNode hit : connection.post("/" + index + "/_search", body).path("hits").path("hits")) {
      for (MentionedPerson person : IndexSchema.people(SourceDocuments.fromSource(hit.path("_source")))) {
        if (IndexSchema.personKey(person.id(), person.name()).equals(personKey)) {
          return Optional.of(person.name());
        }
      }
    }
    return Optional.empty();
  }

  private static ObjectNode term(String field, String value) {
    ObjectNode query = OpenSearchConnection.JSON.createObjectNode();
    query.putObject("term").put(IndexFields.name(field), value);
    return query;
  }

  private Coverage coverage(ObjectNode query, int latest) throws IOException {
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    // an exact copy repeats its original: counting it would count one article twice
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("filter").add(query);
    bool.putArray("must_not").addObject().putObject("term").put(IndexFields.name(IndexSchema.DUPLICATE), "true");
    body.put("size", Math.max(0, latest));
    body.putArray("sort").addObject().putObject(IndexFields.name(IndexSchema.DATE_DAYS))
        .put("order", "desc").put("missing", "_last");
    body.putObject("collapse").put("field", IndexFields.name(IndexSchema.GROUP));
    ObjectNode aggs = body.putObject("aggs");
    groups(aggs.putObject("articles"));
    ObjectNode undated = aggs.putObject("undated");
    undated.putObject("missing").put("field", IndexFields.name(IndexSchema.DATE));
    groups(undated.putObject("aggs").putObject("articles"));
    ObjectNode months = aggs.putObject("months");
    months.putObject("date_histogram").put("field", IndexFields.name(IndexSchema.DATE))
        .put("calendar_interval", "month").put("format", "yyyy-MM").put("min_doc_count", 1);
    ObjectNode lang = months.putObject("aggs").putObject("lang");
    lang.putObject("terms").put("field", IndexFields.name(IndexSchema.LANG)).put("size", 10);
    groups(lang.putObject("aggs").putObject("articles"));
    JsonNode answer = connection.post("/" + index + "/_search", body);
    JsonNode results = answer.path("aggregations");
    TreeMap<YearMonth, long[]> counts = new TreeMap<>();
    for (JsonNode month : results.path("months").path("buckets")) {
      long[] count = counts.computeIfAbsent(YearMonth.parse(month.path("key_as_string").asString()), m -> new long[2]);
      for (JsonNode l : month.path("lang").path("buckets")) {
        count["vi".equals(l.path("key").asString()) ? 0 : 1] += l.path("articles").path("value").asLong();
      }
    }
    List<Coverage.MonthCount> byMonth = new ArrayList<>();
    if (!counts.isEmpty()) {
      // every month in between, so that a chart's gaps show as gaps
      for (YearMonth m = counts.firstKey(); !m.isAfter(counts.lastKey()); m = m.plusMonths(1)) {
        long[] count = counts.getOrDefault(m, new long[2]);
        byMonth.add(new Coverage.MonthCount(m.toString(), count[0], count[1]));
      }
    }
    List<DocumentSummary> newest = new ArrayList<>();
    for (JsonNode hit : answer.path("hits").path("hits")) {
      Document doc = SourceDocuments.fromSource(hit.path("_source"));
      newest.add(new DocumentSummary(doc.get(IndexSchema.ID), doc.get(IndexSchema.TITLE), doc.get(IndexSchema.LANG),
          doc.get(IndexSchema.DATE), doc.get(IndexSchema.SOURCE), doc.get(IndexSchema.URL)));
    }
    return new Coverage(results.path("articles").path("value").asLong(), byMonth,
        results.path("undated").path("articles").path("value").asLong(), newest);
  }

  private static void groups(ObjectNode agg) {
    agg.putObject("cardinality").put("field", IndexFields.name(IndexSchema.GROUP)).put("precision_threshold", 40_000);
  }

}
