package vn.policykb.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.policykb.ingest.document.Article;
import vn.policykb.eval.LinkEvaluation;

@Command(
    name = "eval-links",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Measures story links and cross-language search: indexes English articles, their Vietnamese"
            + " translations (the translation of line i of --en is line i of --vi) and distractors into"
            + " temporary indexes, and prints how many English articles are linked to their translation,"
            + " the false links, and how often a title searched for finds its translation."})
final class EvalLinksCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--en", required = true, paramLabel = "JSONL", description = "English articles (.gz allowed)")
  Path english;

  @Option(names = "--vi", required = true, paramLabel = "JSONL",
      description = "their Vietnamese translations, in the same order (.gz allowed)")
  Path vietnamese;

  @Option(names = "--distractors", paramLabel = "JSONL", description = "unrelated articles (.gz allowed)")
  Path distractors;

  @Option(names = "--distractor-count", defaultValue = "2000", paramLabel = "N",
      description = "distractors used, the first N (default ${DEFAULT-VALUE})")
  int distractorCount;

  @Option(names = "--k", defaultValue = "10", description = "cut-off of the search metrics (default ${DEFAULT-VALUE})")
  int k;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Article> en = LinkEvaluation.read(english, Integer.MAX_VALUE);
    List<Article> vi = LinkEvaluation.read(vietnamese, Integer.MAX_VALUE);
    List<Article> others = distractors == null ? List.of() : LinkEvaluation.read(distractors, distractorCount);
    out.printf(Locale.ROOT, "%d English articles, %d translations, %d distractors%n", en.size(), vi.size(), others.size());
    Path work = Files.createTempDirectory("policy-kb-links");
    try {
      LinkEvaluation evaluation = new LinkEvaluation(en, vi, others, work);
      LinkEvaluation.LinkFigures links = evaluation.links();
      out.printf(Locale.ROOT, "linked to its translation: %d of %d (%.1f%%); linked elsewhere %d, not linked %d%n",
          links.linkedRight(), links.english(), 100 * links.linkedRightShare(), links.linkedWrong(), links.unlinked());
      out.printf(Locale.ROOT, "translation scored first: %d of %d%n", links.rankedFirst(), links.english());
      out.printf(Locale.ROOT, "false links: %d%n", links.falseLinks());
      out.printf(Locale.ROOT, "translation removed: %d English articles, %d linked (false)%n",
          links.withoutCounterpart(), links.withoutCounterpartLinked());
      out.printf(Locale.ROOT, "scores of true pairs: %s%n", quantiles(links.rightScores()));
      out.printf(Locale.ROOT, "best scores of wrong counterparts: %s%n", quantiles(links.wrongScores()));
      for (LinkEvaluation.RetrievalFigures r : evaluation.retrieval(k)) {
        out.printf(Locale.ROOT, "search %s titles, translation %s: Recall@%d %.3f, MRR@%d %.3f (%d queries)%n",
            r.direction(), r.crossLanguage() ? "on " : "off", k, r.recall(), k, r.mrr(), r.queries());
      }
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    out.flush();
    return 0;
  }

  /** Lowest, 5th percentile, median and highest of sorted scores. */
  private static String quantiles(java.util.List<Double> sorted) {
    if (sorted.isEmpty()) {
      return "none";
    }
    return String.format(Locale.ROOT, "min %.3f, p5 %.3f, median %.3f, p95 %.3f, highest %s (%d)", sorted.getFirst(),
        sorted.get((int) (0.05 * (sorted.size() - 1))), sorted.get(sorted.size() / 2),
        sorted.get((int) (0.95 * (sorted.size() - 1))),
        sorted.subList(Math.max(0, sorted.size() - 3), sorted.size()).stream()
            .map(v -> String.format(Locale.ROOT, "%.3f", v)).toList(), sorted.size());
  }
}
