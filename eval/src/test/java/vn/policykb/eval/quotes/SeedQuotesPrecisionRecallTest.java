package vn.policykb.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;
import vn.policykb.ingest.people.PeopleRecognizer;
import vn.policykb.ingest.quotes.QuoteExtractor;
import vn.policykb.ingest.read.DocumentReaders;
import vn.policykb.ingest.read.ReadOutcome;
import vn.policykb.kb.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quotes found in the five bundled articles against the hand-annotated fixture. */
class SeedQuotesPrecisionRecallTest {

  private static final Path CORPUS = Path.of("..", "corpus").toAbsolutePath().normalize();

  private static QuoteScore score;

  @BeforeAll
  static void scoreSeeds() throws IOException {
    QuoteTruth truth;
    try (InputStream in = SeedQuotesPrecisionRecallTest.class.getResourceAsStream("/quotes/seeds.json")) {
      truth = QuoteTruth.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    QuoteExtractor extractor = new QuoteExtractor(new PeopleRecognizer(KnowledgeBase.load(CORPUS.resolve("kb"))));
    score = new QuoteScore();
    for (Map.Entry<String, List<QuoteTruth.Expected>> article : truth.articles().entrySet()) {
      score.add(article.getKey(), quotes(extractor, article.getKey()), article.getValue(), truth.annotated());
    }
  }

  private static List<Quote> quotes(QuoteExtractor extractor, String seed) throws IOException {
    List<String> bodies = new ArrayList<>();
    try (InputStream in = Files.newInputStream(CORPUS.resolve("articles").resolve(seed))) {
      DocumentReaders.read(seed, in, outcome -> {
        if (outcome instanceof ReadOutcome.Document d) {
          bodies.add(d.article().body());
        }
      });
    }
    return extractor.extract(bodies.getFirst());
  }

  @Test
  void directQuotesAreFoundWithTheirSpeakers() {
    QuoteScore.Counts direct = score.counts(QuoteKind.DIRECT);
    assertThat(direct.precision()).as(report()).isGreaterThanOrEqualTo(0.95);
    assertThat(direct.recall()).as(report()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void reportedStatementsAreFoundWithTheirSpeakers() {
    QuoteScore.Counts reported = score.counts(QuoteKind.REPORTED);
    assertThat(reported.precision()).as(report()).isGreaterThanOrEqualTo(0.95);
    assertThat(reported.recall()).as(report()).isGreaterThanOrEqualTo(0.85);
  }

  private static String report() {
    return "missed: " + String.join("\n  ", score.misses()) + "\nwrongly found: " + String.join("\n  ", score.falseFinds());
  }
}
