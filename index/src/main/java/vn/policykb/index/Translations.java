package vn.policykb.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/** Reads the {@link IndexSchema#TRANSLATION} link of a document. */
public final class Translations {

  private Translations() {}

  /** The id of the document's counterpart in the other language, or null. */
  public static String of(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = leaf.reader().getBinaryDocValues(IndexSchema.TRANSLATION);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      return null;
    }
    String id = values.binaryValue().utf8ToString();
    return id.isEmpty() ? null : id;
  }
}
