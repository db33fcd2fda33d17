package vn.policykb.ingest.quotes;

import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.Article;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.ingest.people.PeopleRecognizer;
import vn.policykb.ingest.read.DocumentReaders;
import vn.policykb.ingest.read.ReadOutcome;

/** The bundled articles as the pipeline reads them, their annotated quotes, and an extractor. */
final class SeedQuotes {

  static final KnowledgeBase KB = KnowledgeBase.load(TestCorpus.ARTICLES.resolveSibling("kb"));
  static final PeopleRecognizer PEOPLE = new PeopleRecognizer(KB);
  static final QuoteExtractor EXTRACTOR = new QuoteExtractor(PEOPLE);

  private SeedQuotes() {}

  /** The direct quotes the extractor finds in a text. */
  static List<Quote> direct(String body) {
    return EXTRACTOR.extract(body).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
  }

  static Article article(String seed) throws IOException {
    List<Article> read = new ArrayList<>();
    try (InputStream in = Files.newInputStream(TestCorpus.ARTICLES.resolve(seed))) {
      DocumentReaders.read(seed, in, outcome -> {
        if (outcome instanceof ReadOutcome.Document d) {
          read.add(d.article());
        }
      });
    }
    return read.getFirst();
  }

  static List<Quote> quotes(String seed) throws IOException {
    return EXTRACTOR.extract(article(seed).body());
  }

  static List<Quote> quotesOf(String text) {
    return EXTRACTOR.extract(text);
  }

  static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
