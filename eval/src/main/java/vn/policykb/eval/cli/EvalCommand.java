package vn.policykb.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.policykb.eval.BackendRetriever;
import vn.policykb.eval.BaselineRetriever;
import vn.policykb.eval.EvalDocument;
import vn.policykb.eval.EvalQuery;
import vn.policykb.eval.EvalSet;
import vn.policykb.eval.EvalSets;
import vn.policykb.eval.Evaluation;
import vn.policykb.eval.KnowledgeBaseRetriever;
import vn.policykb.eval.Retriever;
import vn.policykb.eval.Typing;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Measures search quality: indexes a corpus into a temporary index, runs queries with known"
            + " answers, and prints nDCG, MRR, recall and success at 1 for this project's search and,"
            + " in the same run, for plain Lucene (BM25 k1 1.5 b 0.75 over syllables: lower-cased by"
            + " StandardAnalyzer, and as written, the ViRE benchmark's protocol).",
        "Give one of: --corpus with --queries; --vire; --known-item."})
final class EvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  static final class Input {
    @ArgGroup(exclusive = false)
    JsonlInput jsonl;

    @Option(names = "--vire", paramLabel = "CSV", arity = "1..*",
        description = "ViRE CSVs (question, context columns), each its own corpus of its distinct"
            + " contexts, scored whole and in two halves (tuning, checking)")
    List<Path> vire;

    @Option(names = "--known-item", paramLabel = "JSONL",
        description = "a JSONL corpus (.gz allowed) whose titles, typed three ways, are the queries")
    Path knownItem;
  }

  static final class JsonlInput {
    @Option(names = "--corpus", required = true, paramLabel = "JSONL",
        description = "documents: {\"id\", \"title\", \"text\", \"lang\"} per line (.gz allowed)")
    Path corpus;

    @Option(names = "--queries", required = true, paramLabel = "JSONL",
        description = "queries: {\"qid\", \"query\", \"relevant\": [id]} per line")
    Path queries;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  @Option(names = "--sample", defaultValue = "2000", paramLabel = "N",
      description = "known-item queries: this many titles, spread over the corpus (default ${DEFAULT-VALUE})")
  int sample;

  @Option(names = "--telex",
      description = "known-item: also type each title in Telex keystrokes, the input method off")
  boolean telex;

  @Option(names = "--k", defaultValue = "10", description = "cut-off of the metrics (default ${DEFAULT-VALUE})")
  int k;

  @Option(names = "--misses", defaultValue = "0", paramLabel = "N",
      description = "print up to N queries of each set whose first result is wrong")
  int misses;

  @Option(names = "--no-baseline", description = "skip the plain Lucene runs")
  boolean noBaseline;

  @Option(names = "--opensearch", paramLabel = "URL",
      description = "also run the web app's search (one hit per group of copies) on both backends: the"
          + " embedded index, and a new index on the OpenSearch node at URL with the project's plugin"
          + " (bin/kb-opensearch), deleted after")
  URI openSearch;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (input.vire != null) {
      List<Evaluation.Result> results = new ArrayList<>();
      for (Path csv : input.vire) {
        EvalSet set = EvalSets.vire(csv);
        results.addAll(evaluate(out, set.documents(), EvalSets.halves(set)));
      }
      print(out, results);
      return 0;
    }
    List<EvalDocument> documents;
    Map<String, List<EvalQuery>> querySets;
    if (input.knownItem != null) {
      querySets = new LinkedHashMap<>();
      documents = null;
      for (Typing typing : Typing.values()) {
        if (typing == Typing.TELEX && !telex) {
          continue;
        }
        EvalSet set = EvalSets.knownItem(input.knownItem, typing, sample);
        documents = set.documents();
        querySets.put("titles " + typing.name().toLowerCase(Locale.ROOT), set.queries());
      }
    } else {
      EvalSet set = EvalSets.jsonl(input.jsonl.corpus, input.jsonl.queries);
      documents = set.documents();
      querySets = Evaluation.single(set);
    }
    print(out, evaluate(out, documents, querySets));
    return 0;
  }

  private List<Evaluation.Result> evaluate(PrintWriter out, List<EvalDocument> documents,
      Map<String, List<EvalQuery>> querySets) throws IOException {
    int queries = querySets.values().iterator().next().size();
    if (input.vire == null) {
      queries = querySets.values().stream().mapToInt(List::size).sum();
    }
    out.printf(Locale.ROOT, "%,d documents, %,d queries%n", documents.size(), queries);
    out.flush();
    List<Evaluation.Result> results = new ArrayList<>();
    Path work = Files.createTempDirectory("policy-kb-eval");
    try {
      try (Retriever ours = new KnowledgeBaseRetriever(work.resolve("kb"))) {
        results.addAll(Evaluation.run(ours, documents, querySets, k));
      }
      if (openSearch != null) {
        try (Retriever lucene = BackendRetriever.lucene(work.resolve("backend-lucene"))) {
          results.addAll(Evaluation.run(lucene, documents, querySets, k));
        }
        try (Retriever node = BackendRetriever.openSearch(openSearch)) {
          results.addAll(Evaluation.run(node, documents, querySets, k));
        }
      }
      if (!noBaseline) {
        for (BaselineRetriever.Tokens tokens : BaselineRetriever.Tokens.values()) {
          try (Retriever baseline = new BaselineRetriever(work.resolve("baseline-" + tokens), tokens)) {
            results.addAll(Evaluation.run(baseline, documents, querySets, k));
          }
        }
      }
    } finally {
      deleteRecursively(work);
    }
    return results;
  }

  private void print(PrintWriter out, List<Evaluation.Result> results) {
    out.printf(Locale.ROOT, "%-42s %-33s %8s %8s %9s %6s %9s %9s%n", "queries", "system",
        "nDCG@" + k, "MRR@" + k, "Recall@" + k, "P@1", "index s", "ms/query");
    results.stream()
        .sorted(Comparator.comparing(Evaluation.Result::querySet))
        .forEach(r -> out.printf(Locale.ROOT, "%-42s %-33s %8.2f %8.2f %9.2f %6.2f %9.1f %9.2f%n",
            r.querySet(), r.retriever(), 100 * r.metrics().ndcg(), 100 * r.metrics().mrr(),
            100 * r.metrics().recall(), 100 * r.metrics().successAt1(), r.indexSeconds(), r.queryMillis()));
    for (Evaluation.Result r : results) {
      r.misses().stream().limit(misses).forEach(miss -> out.printf(Locale.ROOT,
          "miss [%s, %s] %s: %s -> relevant %s (%s), ranked %s%n", r.querySet(), r.retriever(),
          miss.query().qid(), miss.query().query(), miss.query().relevant(), rankOf(miss),
          miss.ranked().subList(0, Math.min(3, miss.ranked().size()))));
    }
    out.flush();
  }

  /** Where the first relevant document of a missed query came, if at all. */
  private String rankOf(Evaluation.Miss miss) {
    for (int i = 0; i < miss.ranked().size(); i++) {
      if (miss.query().relevant().contains(miss.ranked().get(i))) {
        return "rank " + (i + 1);
      }
    }
    return "not in the first " + k;
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
