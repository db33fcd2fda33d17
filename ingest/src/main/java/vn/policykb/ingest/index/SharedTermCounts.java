package vn.policykb.ingest.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The documents that hold the most of some terms of one field, each scored by how many it holds:
 * what a disjunction of constant-score term queries finds, read from the postings alone. The
 * copy check asks this of every new document; the query's scorers and its collector cost more
 * than the few postings a band has.
 */
final class SharedTermCounts {

  private SharedTermCounts() {}

  /**
   * The {@code max} live documents holding the most of {@code terms} (a term listed twice counts
   * twice), most first, ties to the smaller document number, as a search would rank them.
   */
  static ScoreDoc[] top(IndexReader reader, String field, List<String> terms, int max) throws IOException {
    int[] docs = new int[64];
    int size = 0;
    BytesRef[] bytes = terms.stream().map(BytesRef::new).toArray(BytesRef[]::new);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms indexed = leaf.reader().terms(field);
      if (indexed == null) {
        continue;
      }
      TermsEnum each = indexed.iterator();
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum postings = null;
      for (BytesRef term : bytes) {
        if (!each.seekExact(term)) {
          continue;
        }
        postings = each.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            if (size == docs.length) {
              docs = Arrays.copyOf(docs, size * 2);
            }
            docs[size++] = leaf.docBase + doc;
          }
        }
      }
    }
    return mostShared(docs, size, max);
  }

  /** The documents of {@code docs[0, size)} by how often each occurs, most first, then by number. */
  private static ScoreDoc[] mostShared(int[] docs, int size, int max) {
    Arrays.sort(docs, 0, size);
    // each distinct document with its count, packed as one long so that one sort orders both
    long[] counted = new long[size];
    int distinct = 0;
    for (int i = 0; i < size; ) {
      int j = i;
      while (j < size && docs[j] == docs[i]) {
        j++;
      }
      counted[distinct++] = ((long) (Integer.MAX_VALUE - (j - i)) << 32) | docs[i];
      i = j;
    }
    Arrays.sort(counted, 0, distinct);
    ScoreDoc[] top = new ScoreDoc[Math.min(max, distinct)];
    for (int i = 0; i < top.length; i++) {
      top[i] = new ScoreDoc((int) counted[i], Integer.MAX_VALUE - (int) (counted[i] >>> 32));
    }
    return top;
  }
}
