package vn.policykb.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.policykb.ingest.enrich.Enrichment;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.kb.KnowledgeBase;

/** The bundled corpus of the repository, as tests read it. */
public final class TestCorpus {

  public static final Path ARTICLES = Path.of("..", "corpus", "articles").toAbsolutePath().normalize();

  /** The registries of {@code corpus/kb}, read once for all tests. */
  public static final KnowledgeBase KB = KnowledgeBase.load(ARTICLES.resolveSibling("kb"));

  /** Every enrichment step, with {@link #KB}. */
  public static final Enrichment ENRICHMENT = Enrichment.standard(KB);

  public static final String SEED_000 = "000_65d2c3e8a35fedad.txt";
  public static final String SEED_001 = "001_c7cf594f95abbb87.txt";
  public static final String SEED_002 = "002_a41c585fe1544324.txt";
  public static final String SEED_003 = "003_03df2e5d8c9c186e.txt";
  public static final String SEED_004 = "004_35416cf768a9a832.txt";

  private TestCorpus() {}

  /** The pipeline with every step into this index. */
  public static Pipeline pipeline(DocumentIndex index) {
    return new Pipeline(index, ENRICHMENT);
  }

  public static String read(String seed) throws IOException {
    return Files.readString(ARTICLES.resolve(seed));
  }
}
