package vn.policykb.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.DocumentIds;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.links.StoryLinker;

/**
 * The pipeline links an article with its version in the other language on every backend: the
 * bundled corpus holds an English report of a meeting and its Vietnamese version, and another
 * event of the same trip that must stay unlinked.
 */
abstract class StoryLinksContract {

  private static final String EN_MEETING = DocumentIds.fromKey(TestCorpus.SEED_000);
  private static final String EN_DIALOGUE = DocumentIds.fromKey(TestCorpus.SEED_001);
  private static final String VI_MEETING = DocumentIds.fromKey(TestCorpus.SEED_002);

  /** A new, empty index of the backend. */
  abstract DocumentIndex openIndex() throws Exception;

  /** Removes what the backend kept for the test, after the index is closed. */
  void dispose() throws Exception {}

  @Test
  void theMeetingIsLinkedBothWaysAndTheOtherEventIsNot() throws Exception {
    try (DocumentIndex index = openIndex()) {
      new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(TestCorpus.ARTICLES));
      assertThat(new StoryLinker(index).links())
          .containsEntry(EN_MEETING, VI_MEETING).containsEntry(VI_MEETING, EN_MEETING).hasSize(2)
          .doesNotContainKey(EN_DIALOGUE);
      // ingesting again keeps the links
      new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(TestCorpus.ARTICLES));
      assertThat(new StoryLinker(index).links()).containsEntry(EN_MEETING, VI_MEETING).hasSize(2);
    } finally {
      dispose();
    }
  }
}
