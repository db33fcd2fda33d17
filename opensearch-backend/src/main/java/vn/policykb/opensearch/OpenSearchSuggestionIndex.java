package vn.policykb.opensearch;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.policykb.index.IndexSchema;
import vn.policykb.search.SuggestionIndex;

/**
 * An OpenSearch index as suggestions read it. The cluster does not hand out its terms dictionary
 * with counts, so the words of the texts come from a fixed random sample of bodies analyzed here
 * with the index's own analyzer, their counts scaled to the index; counts of words and pairs are
 * exact ({@code _msearch}). The sample is read again when the number of documents has changed by
 * a tenth, or at all after an hour.
 */
public final class OpenSearchSuggestionIndex implements SuggestionIndex {

  /** Bodies read for the words of the texts. */
  static final int SAMPLE = 3_000;
  /** Occurrences in the sample a word needs to be reported: a word seen once may be a typo. */
  static final int MIN_IN_SAMPLE = 2;
  private static final int PAGE = 1_000;
  /** Sources looked through for those the typed words start. */
  private static final int MAX_SOURCES = 1_000;
  private static final Duration RECOUNT_AFTER = Duration.ofMinutes(1);
  private static final Duration RESAMPLE_AFTER = Duration.ofHours(1);

  /** One state of the index as sampled: its number of documents then. */
  private record Version(long documents, Instant sampled) {}

  private final OpenSearchConnection connection;
  private final String index;
  private final OpenSearchMatchCounts counts;
  private final Analyzer analyzer = IndexSchema.analyzer();
  private final Clock clock;
  private volatile Version version;
  private volatile Instant counted = Instant.MIN;

  public OpenSearchSuggestionIndex(OpenSearchConnection connection, String index) {
    this(connection, index, Clock.systemUTC());
  }

  OpenSearchSuggestionIndex(OpenSearchConnection connection, String index, Clock clock) {
    this.connection = connection;
    this.index = index;
    this.counts = new OpenSearchMatchCounts(connection, index);
    this.clock = clock;
  }

  @Override
  public long[] count(List<Query> queries) throws IOException {
    return counts.count(queries);
  }

  @Override
  public synchronized Object version() throws IOException {
    Instant now = clock.instant();
    Version current = version;
    if (current != null && Duration.between(counted, now).compareTo(RECOUNT_AFTER) < 0) {
      return current;
    }
    long documents = connection.get("/" + index + "/_count").path("count").asLong();
    counted = now;
    boolean grown = current == null || Math.abs(documents - current.documents()) > current.documents() / 10
        || (documents != current.documents() && Duration.between(current.sampled(), now).compareTo(RESAMPLE_AFTER) > 0);
    if (grown) {
      version = new Version(documents, now);
    }
    return version;
  }

  @Override
  public void bodyTerms(TermVisitor visitor) throws IOException {
    List<String> bodies = sample();
    Map<String, long[]> occurrences = new HashMap<>();
    for (String body : bodies) {
      try (TokenStream tokens = analyzer.tokenStream(IndexSchema.BODY, body)) {
        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
        tokens.reset();
        while (tokens.incrementToken()) {
          occurrences.computeIfAbsent(term.toString(), t -> new long[1])[0]++;
        }
        tokens.end();
      }
    }
    // the count of the version being built, not asked again
    long documents = ((Version) version()).documents();
    double scale = bodies.isEmpty() ? 1 : Math.max(1.0, (double) documents / bodies.size());
    occurrences.forEach((term, count) -> {
      if (count[0] >= MIN_IN_SAMPLE) {
        visitor.term(term, Math.round(count[0] * scale));
      }
    });
  }

  /** The bodies of a random sample of documents, the same sample while the index is the same. */
  private List<String> sample() throws IOException {
    List<String> bodies = new ArrayList<>();
    while (bodies.size() < SAMPLE) {
      ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
      ObjectNode random = body.putObject("query").putObject("function_score");
      random.putObject("query").putObject("match_all");
      random.putObject("random_score").put("seed", 7).put("field", "_seq_no");
      random.put("boost_mode", "replace");
      body.put("from", bodies.size()).put("size", Math.min(PAGE, SAMPLE - bodies.size()));
      body.putArray("_source").add(IndexFields.name(IndexSchema.BODY));
      JsonNode hits = connection.post("/" + index + "/_search", body).path("hits").path("hits");
      for (JsonNode hit : hits) {
        bodies.add(hit.path("_source").path(IndexFields.name(IndexSchema.BODY)).asString(""));
      }
      if (hits.size() < body.path("size").asInt()) {
        break;
      }
    }
    return bodies;
  }

  @Override
  public List<String> bodiesWith(String term, int max) throws IOException {
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    body.putObject("query").putObject("term").put(IndexFields.name(IndexSchema.BODY), term);
    body.put("size", max);
    body.putArray("_source").add(IndexFields.name(IndexSchema.BODY));
    List<String> bodies = new ArrayList<>();
    for (JsonNode hit : connection.post("/" + index + "/_search", body).path("hits").path("hits")) {
      JsonNode text = hit.path("_source").path(IndexFields.name(IndexSchema.BODY));
      if (text.isString()) {
        bodies.add(text.asString());
      }
    }
    return bodies;
  }

  @Override
  public Map<String, Long> sources() throws IOException {
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    body.put("size", 0);
    body.putObject("aggs").putObject("sources").putObject("terms").put("field", IndexFields.name(IndexSchema.SOURCE))
        .put("size", MAX_SOURCES);
    Map<String, Long> sources = new HashMap<>();
    for (JsonNode bucket : connection.post("/" + index + "/_search", body).path("aggregations").path("sources").path("buckets")) {
      sources.put(bucket.path("key").asString(), bucket.path("doc_count").asLong());
    }
    return sources;
  }
}
