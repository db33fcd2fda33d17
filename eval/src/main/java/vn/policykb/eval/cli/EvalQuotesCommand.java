package vn.policykb.eval.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.policykb.ingest.document.Article;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.ingest.people.PeopleRecognizer;
import vn.policykb.ingest.quotes.QuoteExtractor;
import vn.policykb.index.QuoteKind;
import vn.policykb.eval.quotes.QuoteScore;
import vn.policykb.eval.quotes.QuoteTruth;
import vn.policykb.ingest.read.DocumentReaders;
import vn.policykb.ingest.read.ReadOutcome;
import vn.policykb.ingest.source.SourceTree;

@Command(
    name = "eval-quotes",
    mixinStandardHelpOptions = true,
    description = {
        "Measures quote extraction against hand-annotated quotes.",
        "Reads the articles of --corpus (a JSONL data set, gzipped or not, or files and folders of articles),"
            + " finds the quotes of those named in --truth and compares them: a quote is right when its kind"
            + " and speaker are the annotated ones and its text starts as annotated.",
        "Prints precision, recall and F1 by kind (direct, reported) and in all, and how often the speaker is right"
            + " where the annotation names them (named) and where the text says he, she, ông, the senator or nothing (other)."})
final class EvalQuotesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--corpus", required = true, paramLabel = "PATH",
      description = "JSONL data set (.jsonl, .jsonl.gz; articles by their \"id\"), or article files and folders (by relative path)")
  List<Path> corpus;

  @Option(names = "--truth", required = true, paramLabel = "FILE", description = "annotated quotes (JSON)")
  Path truth;

  @Option(names = "--kb", paramLabel = "DIR", description = "registry folder (default: the bundled corpus/kb)")
  Path kb;

  @Option(names = "--half", paramLabel = "NAME",
      description = "score only the articles of this half of the truth file (tune, check)")
  String half;

  @Option(names = "--verbose", description = "list missed and wrongly found quotes")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    QuoteTruth expected = QuoteTruth.read(truth).half(half);
    KnowledgeBase registry = kb == null ? KnowledgeBase.loadBundled() : KnowledgeBase.load(kb);
    QuoteExtractor extractor = new QuoteExtractor(new PeopleRecognizer(registry));
    Map<String, Article> articles = new HashMap<>();
    for (SourceTree.Entry entry : SourceTree.list(corpus)) {
      try (InputStream in = Files.newInputStream(entry.file())) {
        DocumentReaders.read(entry.relativePath(), in, outcome -> {
          if (outcome instanceof ReadOutcome.Document d && expected.articles().containsKey(nameOf(d.article()))) {
            articles.put(nameOf(d.article()), d.article());
          }
        });
      }
    }
    QuoteScore score = new QuoteScore();
    for (Map.Entry<String, List<QuoteTruth.Expected>> article : expected.articles().entrySet()) {
      Article read = articles.get(article.getKey());
      if (read == null) {
        throw new IllegalArgumentException("article " + article.getKey() + " of the truth file is not in the corpus");
      }
      score.add(article.getKey(), extractor.extract(read.body()), article.getValue(), expected.annotated());
    }
    out.println(String.format(Locale.ROOT, "%d articles", articles.size()));
    for (QuoteKind kind : QuoteKind.values()) {
      if (expected.annotated().contains(kind)) {
        print(out, kind.label(), score.counts(kind));
      }
    }
    print(out, "all", score.total());
    printSpeakers(out, "named", score.namedSpeakers());
    printSpeakers(out, "other", score.otherSpeakers());
    QuoteScore.Attribution roles = score.roles();
    out.println(String.format(Locale.ROOT, "roles           %.3f  (%d of %d annotated roles, of quotes found with their speaker)",
        roles.accuracy(), roles.right(), roles.total()));
    if (verbose) {
      score.wrongRoles().forEach(r -> out.println("role    " + r));
      score.misses().forEach(m -> out.println("missed  " + m));
      score.falseFinds().forEach(f -> out.println("wrong   " + f));
    }
    return 0;
  }

  private static void print(PrintWriter out, String label, QuoteScore.Counts counts) {
    out.println(String.format(Locale.ROOT,
        "%-9s P %.3f  R %.3f  F1 %.3f  (found %d, annotated %d, right %d; right text, speaker aside: %d)",
        label, counts.precision(), counts.recall(), counts.f1(), counts.found(), counts.expected(), counts.matched(),
        counts.textMatched()));
  }

  private static void printSpeakers(PrintWriter out, String label, QuoteScore.Attribution speakers) {
    out.println(String.format(Locale.ROOT, "speakers %-6s %.3f  (%d of %d quotes found by their text)",
        label, speakers.accuracy(), speakers.right(), speakers.total()));
  }

  /** An article's id in a truth file: its id in its data set, else its path. */
  static String nameOf(Article article) {
    int hash = article.key().lastIndexOf('#');
    return hash >= 0 ? article.key().substring(hash + 1) : article.key();
  }
}
