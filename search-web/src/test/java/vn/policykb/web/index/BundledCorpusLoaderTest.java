package vn.policykb.web.index;

import vn.policykb.ingest.TestCorpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.source.SourceFile;

class BundledCorpusLoaderTest {

  @TempDir
  Path dataDir;

  @Test
  void theJarCarriesTheCorpusByteForByte() throws Exception {
    List<SourceFile> files = BundledCorpusLoader.bundledFiles();
    assertThat(files).extracting(SourceFile::relativePath).containsExactly(
        "000_65d2c3e8a35fedad.txt", "001_c7cf594f95abbb87.txt", "002_a41c585fe1544324.txt",
        "003_03df2e5d8c9c186e.txt", "004_35416cf768a9a832.txt");
    for (SourceFile file : files) {
      assertThat(file.content()).isEqualTo(Files.readAllBytes(Path.of("..", "corpus", "articles", file.relativePath())));
    }
  }

  @Test
  void ingestsOnAnEmptyIndexAndLeavesAnExistingOneAlone() throws Exception {
    KbProperties properties = new KbProperties(dataDir, true);
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      BundledCorpusLoader loader = new BundledCorpusLoader(index, new IngestService(TestCorpus.pipeline(index)), properties);
      loader.afterSingletonsInstantiated();
      assertThat(index.count()).isEqualTo(5);
    }
    // a user's index with one document of their own: served as it is
    Path other = dataDir.resolve("other");
    Files.createDirectories(other);
    Files.writeString(other.resolve("mine.txt"), "My note\n\nAbout the private economy.");
    Path otherData = dataDir.resolve("other-data");
    try (DocumentIndex index = DocumentIndex.open(otherData)) {
      new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(other));
      new BundledCorpusLoader(index, new IngestService(TestCorpus.pipeline(index)), new KbProperties(otherData, true))
          .afterSingletonsInstantiated();
      assertThat(index.count()).isEqualTo(1);
    }
  }
}
