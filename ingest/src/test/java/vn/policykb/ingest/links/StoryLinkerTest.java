package vn.policykb.ingest.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.DocumentIds;
import vn.policykb.ingest.index.DocumentIndex;

class StoryLinkerTest {

  private static final String EN_MEETING = DocumentIds.fromKey(TestCorpus.SEED_000);
  private static final String EN_DIALOGUE = DocumentIds.fromKey(TestCorpus.SEED_001);
  private static final String VI_MEETING = DocumentIds.fromKey(TestCorpus.SEED_002);

  @TempDir
  Path dataDir;

  @TempDir
  Path inputs;

  @Test
  void anEnglishArticleAndItsVietnameseVersionAreLinkedBothWays() throws Exception {
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(TestCorpus.ARTICLES));
      var links = new StoryLinker(index).links();
      assertThat(links).containsEntry(EN_MEETING, VI_MEETING).containsEntry(VI_MEETING, EN_MEETING);
    }
  }

  @Test
  void anotherEventOfTheSameTripIsNotLinked() throws Exception {
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(TestCorpus.ARTICLES));
      var links = new StoryLinker(index).links();
      assertThat(links).doesNotContainKey(EN_DIALOGUE).doesNotContainValue(EN_DIALOGUE);
      assertThat(links).hasSize(2);
    }
  }

  @Test
  void theLinkIsMadeWhenTheCounterpartArrivesLater() throws Exception {
    copy(TestCorpus.SEED_000, TestCorpus.SEED_001);
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(inputs));
      assertThat(new StoryLinker(index).links()).isEmpty();

      copy(TestCorpus.SEED_002);
      new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(inputs));
      assertThat(new StoryLinker(index).links())
          .containsEntry(EN_MEETING, VI_MEETING).containsEntry(VI_MEETING, EN_MEETING).hasSize(2);
    }
  }

  @Test
  void anArticleWithoutCounterpartGetsNoLink() throws Exception {
    copy(TestCorpus.SEED_001, TestCorpus.SEED_002);
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(inputs));
      assertThat(new StoryLinker(index).links()).isEmpty();
    }
  }

  @Test
  void linksSurviveIngestingTheSameFilesAgain() throws Exception {
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(TestCorpus.ARTICLES));
      new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(TestCorpus.ARTICLES));
      assertThat(new StoryLinker(index).links()).containsEntry(EN_MEETING, VI_MEETING).hasSize(2);
    }
  }

  private void copy(String... seeds) throws Exception {
    for (String seed : seeds) {
      Files.copy(TestCorpus.ARTICLES.resolve(seed), inputs.resolve(seed));
    }
  }
}
