package vn.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.FixedBitSet;
import vn.policykb.index.IndexSchema;

/**
 * One page of results, one per group of copies: the best document of each group, in the order
 * of the best documents. Read from the top documents, which Lucene finds without scoring every
 * match (block-max WAND), more of them while the page is not full and more match: the groups a
 * page shows are the groups of its best documents, so this is what a grouping of every match
 * would give, at a fraction of its cost.
 */
final class GroupedTopDocs {

  /** Top documents read per group wanted, at first: copies of one article rarely rank together. */
  private static final int FIRST_READ_PER_GROUP = 3;
  /** Matches counted exactly before the top documents stop counting and start skipping. */
  private static final int TOTAL_HITS_THRESHOLD = 1000;

  private GroupedTopDocs() {}

  /** The page; empty when nothing matches. */
  static List<ScoreDoc> page(IndexSearcher searcher, Query query, Sort order, int offset, int size)
      throws IOException {
    int wanted = offset + size;
    GroupOrdinals groups = GroupOrdinals.of(searcher.getIndexReader());
    int read = Math.max(wanted * FIRST_READ_PER_GROUP, 30);
    while (true) {
      TopDocs top = top(searcher, query, order, read);
      List<ScoreDoc> best = bestOfEachGroup(searcher, groups, top.scoreDocs, wanted);
      boolean exhausted = top.scoreDocs.length < read;
      if (best.size() >= wanted || exhausted || searcher.timedOut()) {
        return best.size() <= offset ? List.of() : best.subList(offset, Math.min(best.size(), wanted));
      }
      read = Math.multiplyExact(read, 4);
    }
  }

  private static TopDocs top(IndexSearcher searcher, Query query, Sort order, int n) throws IOException {
    if (order == Sort.RELEVANCE) {
      return searcher.search(query, new TopScoreDocCollectorManager(n, null, TOTAL_HITS_THRESHOLD));
    }
    TopDocs top = searcher.search(query, new TopFieldCollectorManager(order, n, null, TOTAL_HITS_THRESHOLD));
    return top;
  }

  private static List<ScoreDoc> bestOfEachGroup(IndexSearcher searcher, GroupOrdinals groups, ScoreDoc[] hits,
      int wanted) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    FixedBitSet seen = new FixedBitSet((int) Math.max(1, groups.groupCount()));
    List<ScoreDoc> best = new ArrayList<>(wanted);
    for (ScoreDoc hit : hits) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      SortedDocValues group = DocValues.getSorted(leaf.reader(), IndexSchema.GROUP);
      int doc = hit.doc - leaf.docBase;
      // a document indexed before groups existed is its own article
      if (!group.advanceExact(doc) || !seen.getAndSet((int) groups.toGlobal(leaf).get(group.ordValue()))) {
        best.add(hit);
        if (best.size() == wanted) {
          break;
        }
      }
    }
    return best;
  }
}
