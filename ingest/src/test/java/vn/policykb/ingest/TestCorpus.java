package vn.policykb.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled corpus of the repository, as tests read it. */
public final class TestCorpus {

  public static final Path ARTICLES = Path.of("..", "corpus", "articles").toAbsolutePath().normalize();

  public static final String SEED_000 = "000_65d2c3e8a35fedad.txt";
  public static final String SEED_001 = "001_c7cf594f95abbb87.txt";
  public static final String SEED_002 = "002_a41c585fe1544324.txt";
  public static final String SEED_003 = "003_03df2e5d8c9c186e.txt";
  public static final String SEED_004 = "004_35416cf768a9a832.txt";

  private TestCorpus() {}

  public static String read(String seed) throws IOException {
    return Files.readString(ARTICLES.resolve(seed));
  }
}
