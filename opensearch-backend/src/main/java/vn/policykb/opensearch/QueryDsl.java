package vn.policykb.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Lucene query the project's {@code QueryBuilder} builds, as OpenSearch query DSL, clause for
 * clause, so that both backends match and rank alike: Boolean, Term, Boost, Phrase, DisjunctionMax,
 * ConstantScore, point ranges, field existence. Terms are already analysed, so they are sent as
 * {@code term} queries, and a phrase as a {@code match_phrase} whose text is split on spaces only.
 * A query of the project's own (the rarest words of a pasted text) is rewritten first; it reads
 * document frequencies, which the server keeps, so here it is rewritten against an empty index:
 * it then keeps the text's first words rather than its rarest.
 */
final class QueryDsl {

  private static final IndexSearcher EMPTY = emptySearcher();

  private final Map<Query, String> names;

  /** @param names sub-queries to be named in the DSL, so that a hit says whether it matched them */
  QueryDsl(Map<Query, String> names) {
    this.names = names;
  }

  static ObjectNode of(Query query) {
    return new QueryDsl(Map.of()).translate(query);
  }

  ObjectNode translate(Query query) {
    ObjectNode dsl = node();
    String name = names.get(query);
    switch (query) {
      case BooleanQuery bool -> {
        ObjectNode b = dsl.putObject("bool");
        for (BooleanClause clause : bool.clauses()) {
          String occur = switch (clause.occur()) {
            case MUST -> "must";
            case SHOULD -> "should";
            case FILTER -> "filter";
            case MUST_NOT -> "must_not";
          };
          ArrayNode list = b.has(occur) ? (ArrayNode) b.get(occur) : b.putArray(occur);
          list.add(translate(clause.query()));
        }
        if (bool.getMinimumNumberShouldMatch() > 0) {
          b.put("minimum_should_match", bool.getMinimumNumberShouldMatch());
        }
        if (!b.has("must") && !b.has("should") && !b.has("filter")) {
          // Lucene's Boolean query of prohibited clauses alone matches nothing
          b.putArray("must").addObject().putObject("match_none");
        }
        named(b, name);
      }
      case TermQuery term -> {
        Term t = term.getTerm();
        ObjectNode body = dsl.putObject("term").putObject(IndexFields.name(t.field()));
        body.put("value", t.text());
        named(body, name);
      }
      case BoostQuery boost -> {
        ObjectNode b = dsl.putObject("bool");
        b.putArray("must").add(translate(boost.getQuery()));
        b.put("boost", boost.getBoost());
        named(b, name);
      }
      case DisjunctionMaxQuery max -> {
        ObjectNode d = dsl.putObject("dis_max");
        ArrayNode queries = d.putArray("queries");
        max.getDisjuncts().forEach(q -> queries.add(translate(q)));
        d.put("tie_breaker", max.getTieBreakerMultiplier());
        named(d, name);
      }
      case ConstantScoreQuery constant -> {
        ObjectNode c = dsl.putObject("constant_score");
        c.set("filter", translate(constant.getQuery()));
        named(c, name);
      }
      case PhraseQuery phrase -> {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        // a gap (a stop word left out) widens the slop by its size
        int gaps = terms.length == 0 ? 0 : positions[positions.length - 1] - positions[0] - (terms.length - 1);
        ObjectNode body = dsl.putObject("match_phrase").putObject(IndexFields.name(phrase.getField()));
        body.put("query", Arrays.stream(terms).map(Term::text).collect(Collectors.joining(" ")));
        body.put("analyzer", "whitespace");
        body.put("slop", phrase.getSlop() + gaps);
        named(body, name);
      }
      case PointRangeQuery range when range.getNumDims() == 1 && range.getBytesPerDim() == Long.BYTES -> {
        ObjectNode body = dsl.putObject("range").putObject(IndexFields.name(range.getField()));
        body.put("gte", LongPoint.decodeDimension(range.getLowerPoint(), 0));
        body.put("lte", LongPoint.decodeDimension(range.getUpperPoint(), 0));
        named(body, name);
      }
      case FieldExistsQuery exists -> {
        ObjectNode body = dsl.putObject("exists");
        body.put("field", IndexFields.name(exists.getField()));
        named(body, name);
      }
      case MatchAllDocsQuery all -> named(dsl.putObject("match_all"), name);
      case MatchNoDocsQuery none -> named(dsl.putObject("match_none"), name);
      default -> {
        Query rewritten;
        try {
          rewritten = query.rewrite(EMPTY);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (rewritten == query) {
          throw new IllegalArgumentException("no OpenSearch query for " + query.getClass().getName() + ": " + query);
        }
        return translate(rewritten);
      }
    }
    return dsl;
  }

  private static IndexSearcher emptySearcher() {
    try {
      return new IndexSearcher(new MultiReader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void named(ObjectNode body, String name) {
    if (name != null) {
      body.put("_name", name);
    }
  }

  private static ObjectNode node() {
    return OpenSearchConnection.JSON.createObjectNode();
  }
}
