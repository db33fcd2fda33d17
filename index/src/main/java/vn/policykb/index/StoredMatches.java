package vn.policykb.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;

/**
 * The stored values of the documents a query matches, for the reads that check each match on its
 * values (quotes, quote provenance, result themes, story links): the embedded index answers from its
 * searcher, a search server from the query translated. A document's translation link and people are among its values when
 * {@link IndexSchema#TRANSLATION} or {@link IndexSchema#PEOPLE} is
 * asked for.
 */
public interface StoredMatches {

  /** The best matches, at most {@code max}, best first. */
  List<Document> best(Query query, int max, Set<String> fields) throws IOException;

  /** The newest matches, at most {@code max}, newest first, undated last. */
  List<Document> newest(Query query, int max, Set<String> fields) throws IOException;

  /** Documents having this value in this (keyword or analysed) field. */
  long docFreq(String field, String value) throws IOException;

  /** Documents of the index. */
  long count() throws IOException;

  /** Every translation link the index holds: document id to its counterpart's. */
  Map<String, String> translations() throws IOException;
}
