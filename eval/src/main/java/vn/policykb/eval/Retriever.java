package vn.policykb.eval;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A search system under evaluation: indexes a corpus, then ranks it for queries. */
public interface Retriever extends Closeable {

  String name();

  void index(List<EvalDocument> documents) throws IOException;

  List<String> search(String query, int k) throws IOException;
}
