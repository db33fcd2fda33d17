package vn.policykb.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.enrich.EnrichedArticle;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.search.DocumentSearcher;

/** This project's index and query building, on a corpus written into {@code dataDir}. */
public final class KnowledgeBaseRetriever implements Retriever {

  private final DocumentIndex index;
  private final DocumentSearcher searcher;

  public KnowledgeBaseRetriever(Path dataDir) throws IOException {
    this.index = DocumentIndex.open(dataDir);
    this.searcher = new DocumentSearcher(index, KnowledgeBase.loadBundled());
  }

  @Override
  public String name() {
    return "policy-kb";
  }

  @Override
  public void index(List<EvalDocument> documents) throws IOException {
    write(index, documents);
  }

  /** The documents as articles of their own id, with no enrichment: what every retriever indexes. */
  static void write(DocumentIndex index, List<EvalDocument> documents) throws IOException {
    for (EvalDocument doc : documents) {
      index.write(EnrichedArticle.of(new Article(doc.id(), doc.id(), null, null, doc.title(), doc.text(), doc.lang(),
          null, null, null)));
    }
    index.commit();
  }

  @Override
  public List<String> search(String query, int k) throws IOException {
    return searcher.rankedIds(query, k);
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
