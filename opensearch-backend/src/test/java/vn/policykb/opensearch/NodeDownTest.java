package vn.policykb.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.pipeline.IngestReport;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.index.IndexStore;

/**
 * The node goes away in the middle of an ingest: requests are tried again, the run stops with a
 * message saying how many writes were not made, and what was not committed is written by the next
 * run, so that no document is lost.
 */
class NodeDownTest {

  private static final int ARTICLES = 30;
  private static final int COMMIT_EVERY = 10;

  @TempDir
  Path folder;

  private OpenSearchSettings settings;

  @AfterEach
  void deleteIndex() throws IOException {
    if (settings != null) {
      TestNode.deleteIndex(settings);
    }
  }

  @Test
  void documentsNotWrittenWhenTheNodeWentDownAreWrittenByTheNextRun() throws Exception {
    settings = TestNode.settings("node-down");
    List<Path> inputs = List.of(articles());
    try (Relay relay = new Relay(settings.urls().getFirst())) {
      OpenSearchSettings relayed = new OpenSearchSettings(List.of(relay.url()), settings.index(), null, null,
          settings.analysis());
      OpenSearchConnection connection = OpenSearchConnection.open(relayed, 3, Duration.ofMillis(50));
      OpenSearchStore store = new OpenSearchStore(connection, OpenSearchIndex.ensure(connection, relayed));
      // the node goes down once the first commit is made
      IndexStore goingDown = new CutAfterFirstCommit(store, relay);
      DocumentIndex index = DocumentIndex.on(goingDown);
      assertThatThrownBy(() -> new Ingester(TestCorpus.pipeline(index), 1, COMMIT_EVERY).ingestPaths(inputs))
          .hasMessageContaining("no answer from [" + relay.url() + "]")
          .hasMessageContaining("is not in the index: run again to write it");
      // each request of the failed commit was tried again before it failed
      assertThat(connection.retries()).isGreaterThanOrEqualTo(2);
      try {
        index.close();
      } catch (IOException expected) {
        // the node is still down
      }
    }
    try (OpenSearchStore store = OpenSearchStore.open(settings); DocumentIndex index = DocumentIndex.on(store)) {
      assertThat(index.count()).isEqualTo(COMMIT_EVERY);
      IngestReport again = new Ingester(TestCorpus.pipeline(index), 1, COMMIT_EVERY).ingestPaths(inputs);
      assertThat(again.summary()).startsWith("added " + (ARTICLES - COMMIT_EVERY) + ", updated 0, unchanged " + COMMIT_EVERY);
      assertThat(index.count()).isEqualTo(ARTICLES);
    }
  }

  /** Articles unlike each other, so that none is a copy of another. */
  private Path articles() throws IOException {
    Path dir = Files.createDirectories(folder.resolve("articles"));
    String[] words = {"kinh", "tế", "số", "hạ", "tầng", "đầu", "tư", "công", "nghệ", "doanh", "nghiệp", "thị",
        "trường", "xuất", "khẩu", "năng", "lượng", "giáo", "dục", "y", "khoa", "nông", "thôn", "biển", "đảo"};
    for (int i = 0; i < ARTICLES; i++) {
      StringBuilder body = new StringBuilder("Bài số " + i + ". ");
      java.util.Random random = new java.util.Random(i);
      for (int w = 0; w < 80; w++) {
        body.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
      }
      Files.writeString(dir.resolve(String.format("%03d.txt", i)), "Tin số " + i + "\n\n" + body, StandardCharsets.UTF_8);
    }
    return dir;
  }

  /** A store whose node goes away right after its first commit. */
  private static final class CutAfterFirstCommit implements IndexStore {
    private final IndexStore store;
    private final Relay relay;
    private boolean committed;

    CutAfterFirstCommit(IndexStore store, Relay relay) {
      this.store = store;
      this.relay = relay;
    }

    @Override
    public void commit() throws IOException {
      store.commit();
      if (!committed) {
        committed = true;
        relay.cut();
      }
    }

    @Override
    public String storedValue(String id, String field) throws IOException {
      return store.storedValue(id, field);
    }

    @Override
    public List<String> originalsWithText(String textHash) throws IOException {
      return store.originalsWithText(textHash);
    }

    @Override
    public List<Candidate> nearCandidates(List<String> bands, int max) throws IOException {
      return store.nearCandidates(bands, max);
    }

    @Override
    public void write(String id, Document document) throws IOException {
      store.write(id, document);
    }

    @Override
    public void setTranslation(String id, String translation) throws IOException {
      store.setTranslation(id, translation);
    }

    @Override
    public void forEachDocument(DocumentConsumer each) throws IOException {
      store.forEachDocument(each);
    }

    @Override
    public vn.policykb.index.StoredMatches matches() {
      return store.matches();
    }

    @Override
    public int count() throws IOException {
      return store.count();
    }

    @Override
    public String location() {
      return store.location();
    }

    @Override
    public void close() throws IOException {
      store.close();
    }
  }
}
