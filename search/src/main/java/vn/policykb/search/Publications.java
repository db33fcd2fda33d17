package vn.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import vn.policykb.index.IndexSchema;

/** The other publications of an article: the documents of its group of copies. */
final class Publications {

  /** Copies listed with one article, at most: past that a list says nothing more to a reader. */
  static final int MAX_PUBLICATIONS = 50;
  private static final Set<String> FIELDS =
      Set.of(IndexSchema.ID, IndexSchema.SOURCE, IndexSchema.URL, IndexSchema.TITLE, IndexSchema.DATE);

  private Publications() {}

  /** The documents of a group other than {@code shown}: the group's first, then by date and id. */
  static List<Publication> others(IndexSearcher searcher, String group, int shown) throws IOException {
    if (group == null) {
      return List.of();
    }
    TopDocs members = searcher.search(new TermQuery(new Term(IndexSchema.GROUP, group)), MAX_PUBLICATIONS + 1);
    StoredFields stored = searcher.storedFields();
    List<Document> others = new ArrayList<>(members.scoreDocs.length);
    for (ScoreDoc member : members.scoreDocs) {
      if (member.doc != shown) {
        others.add(stored.document(member.doc, FIELDS));
      }
    }
    others.sort(Comparator.<Document, Boolean>comparing(d -> !group.equals(d.get(IndexSchema.ID)))
        .thenComparing(d -> d.get(IndexSchema.DATE), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(d -> d.get(IndexSchema.ID)));
    return others.stream()
        .limit(MAX_PUBLICATIONS)
        .map(d -> new Publication(d.get(IndexSchema.ID), d.get(IndexSchema.SOURCE), d.get(IndexSchema.URL),
            d.get(IndexSchema.TITLE)))
        .toList();
  }
}
