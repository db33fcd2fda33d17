package vn.policykb.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.index.DocumentIndex;

/** The words of an OpenSearch index's texts, from a sample read again only when the index has changed. */
class OpenSearchSuggestionIndexTest {

  private OpenSearchSettings settings;

  @AfterEach
  void deleteIndex() throws Exception {
    if (settings != null) {
      TestNode.deleteIndex(settings);
    }
  }

  /** A clock the test moves. */
  private static final class Moving extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private static Article article(int i, String body) {
    return new Article("a" + i, "a" + i, null, null, "Tin " + i, body, "vi", LocalDate.of(2025, 1, 1 + i), null, "VNA");
  }

  @Test
  void theWordsOfTheTextsAreCountedAndTheSampleIsKeptUntilTheIndexGrows() throws Exception {
    settings = TestNode.settings("vocabulary");
    Moving clock = new Moving();
    try (OpenSearchStore store = OpenSearchStore.open(settings); DocumentIndex index = DocumentIndex.on(store)) {
      for (int i = 0; i < 10; i++) {
        index.write(TestCorpus.ENRICHMENT.enrich(article(i, "Người dân đón Tết số " + i + " ở làng quê.")));
      }
      index.write(TestCorpus.ENRICHMENT.enrich(article(10, "Một từ hiếm xuất hiện một lần.")));
      index.commit();
      OpenSearchSuggestionIndex words = new OpenSearchSuggestionIndex(store.connection(), store.index(), clock);

      Map<String, Long> terms = new HashMap<>();
      words.bodyTerms(terms::put);
      assertThat(terms).containsEntry("người", 10L).containsEntry("làng", 10L).containsEntry("một", 2L)
          .doesNotContainKey("hiếm");
      assertThat(words.bodiesWith("hiếm", 5)).containsExactly("Một từ hiếm xuất hiện một lần.");
      assertThat(words.sources()).containsEntry("VNA", 11L);

      Object first = words.version();
      index.write(TestCorpus.ENRICHMENT.enrich(article(11, "Thêm một bài.")));
      index.commit();
      clock.now = clock.now.plus(Duration.ofMinutes(2));
      // one more of eleven is less than a tenth: the same sample
      assertThat(words.version()).isSameAs(first);
      clock.now = clock.now.plus(Duration.ofHours(2));
      // but after an hour any change is read again
      assertThat(words.version()).isNotSameAs(first);
    }
  }
}
