package vn.policykb.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.policykb.ingest.enrich.Enrichment;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.links.StoryLinker;
import vn.policykb.ingest.read.DocumentReaders;
import vn.policykb.ingest.read.ReadOutcome;
import vn.policykb.search.DocumentSearcher;
import vn.policykb.search.SearchHit;
import vn.policykb.search.SearchOrder;
import vn.policykb.search.SearchRequest;

/**
 * Measures story links and cross-language search on pairs of articles whose counterpart is known:
 * English articles, their Vietnamese translations in the same order, and unrelated distractors.
 */
public final class LinkEvaluation {

  /** How linking did. */
  public record LinkFigures(
      int english, int linkedRight, int linkedWrong, int unlinked, int rankedFirst, int falseLinks,
      int withoutCounterpart, int withoutCounterpartLinked, List<Double> rightScores, List<Double> wrongScores) {

    public LinkFigures {
      rightScores = rightScores.stream().sorted().toList();
      wrongScores = wrongScores.stream().sorted().toList();
    }

    public double linkedRightShare() {
      return english == 0 ? 0 : (double) linkedRight / english;
    }
  }

  /** How often a title, searched for, finds its translation in the first {@code k}. */
  public record RetrievalFigures(String direction, boolean crossLanguage, int queries, double recall, double mrr) {}

  private final List<Article> english;
  private final List<Article> vietnamese;
  private final List<Article> distractors;
  private final Path work;
  private final KnowledgeBase kb = KnowledgeBase.loadBundled();
  private final Enrichment enrichment = Enrichment.standard(kb);

  /** @param vietnamese the translation of {@code english.get(i)} at {@code i} */
  public LinkEvaluation(List<Article> english, List<Article> vietnamese, List<Article> distractors, Path work) {
    if (english.size() != vietnamese.size()) {
      throw new IllegalArgumentException("every English article needs its translation at the same place");
    }
    this.english = english;
    this.vietnamese = vietnamese;
    this.distractors = distractors;
    this.work = work;
  }

  /**
   * Links with every translation present, then again with the translations of every other English
   * article left out: those must get no link.
   */
  public LinkFigures links() throws IOException {
    int right = 0;
    int wrong = 0;
    int first = 0;
    int falseLinks;
    // the score of each true pair, and the best score of a wrong counterpart: where a threshold falls
    List<Double> rightScores = new ArrayList<>();
    List<Double> wrongScores = new ArrayList<>();
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < english.size(); i++) {
      pairs.add(english.get(i).id() + "\u0000" + vietnamese.get(i).id());
    }
    try (DocumentIndex index = DocumentIndex.open(work.resolve("all"))) {
      StoryLinker linker = index(index, english, vietnamese, distractors);
      Map<String, String> links = linker.links();
      for (int i = 0; i < english.size(); i++) {
        String linked = links.get(english.get(i).id());
        if (vietnamese.get(i).id().equals(linked)) {
          right++;
        } else if (linked != null) {
          wrong++;
        }
        List<StoryLinker.Counterpart> ranked = linker.counterparts(english.get(i).id());
        if (!ranked.isEmpty() && ranked.getFirst().id().equals(vietnamese.get(i).id())) {
          first++;
        }
        String own = vietnamese.get(i).id();
        ranked.stream().filter(c -> c.id().equals(own)).findFirst().ifPresent(c -> rightScores.add(c.score()));
        ranked.stream().filter(c -> !c.id().equals(own)).findFirst().ifPresent(c -> wrongScores.add(c.score()));
      }
      falseLinks = (int) links.entrySet().stream()
          .filter(e -> !pairs.contains(e.getKey() + "\u0000" + e.getValue()) && !pairs.contains(e.getValue() + "\u0000" + e.getKey()))
          .count();
    }
    List<Article> kept = new ArrayList<>();
    List<String> orphans = new ArrayList<>();
    for (int i = 0; i < vietnamese.size(); i++) {
      if (i % 2 == 0) {
        kept.add(vietnamese.get(i));
      } else {
        orphans.add(english.get(i).id());
      }
    }
    int orphansLinked;
    try (DocumentIndex index = DocumentIndex.open(work.resolve("half"))) {
      StoryLinker linker = index(index, english, kept, distractors);
      Map<String, String> links = linker.links();
      orphansLinked = (int) orphans.stream().filter(links::containsKey).count();
      for (String orphan : orphans) {
        linker.counterparts(orphan).stream().findFirst().ifPresent(c -> wrongScores.add(c.score()));
      }
    }
    return new LinkFigures(english.size(), right, wrong, english.size() - right - wrong, first, falseLinks,
        orphans.size(), orphansLinked, rightScores, wrongScores);
  }

  /** Each title searched for: where its translation ranks, both ways, with and without translation. */
  public List<RetrievalFigures> retrieval(int k) throws IOException {
    List<RetrievalFigures> figures = new ArrayList<>();
    try (DocumentIndex index = DocumentIndex.open(work.resolve("search"))) {
      index(index, english, vietnamese, distractors);
      DocumentSearcher searcher = new DocumentSearcher(index, kb);
      for (boolean cross : List.of(false, true)) {
        figures.add(retrieval(searcher, "en→vi", english, vietnamese, cross, k));
        figures.add(retrieval(searcher, "vi→en", vietnamese, english, cross, k));
      }
    }
    return figures;
  }

  private static RetrievalFigures retrieval(DocumentSearcher searcher, String direction, List<Article> from,
      List<Article> to, boolean cross, int k) throws IOException {
    int found = 0;
    double reciprocal = 0;
    for (int i = 0; i < from.size(); i++) {
      List<SearchHit> hits = searcher.search(
          new SearchRequest(from.get(i).title(), 1, k, List.of(), SearchOrder.RELEVANCE, cross)).hits();
      for (int rank = 0; rank < hits.size(); rank++) {
        if (hits.get(rank).id().equals(to.get(i).id())) {
          found++;
          reciprocal += 1.0 / (rank + 1);
          break;
        }
      }
    }
    int n = from.size();
    return new RetrievalFigures(direction, cross, n, n == 0 ? 0 : (double) found / n, n == 0 ? 0 : reciprocal / n);
  }

  private StoryLinker index(DocumentIndex index, List<Article> english, List<Article> vietnamese,
      List<Article> distractors) throws IOException {
    List<String> ids = new ArrayList<>();
    for (List<Article> articles : List.of(english, vietnamese, distractors)) {
      for (Article article : articles) {
        index.write(enrichment.enrich(article));
        ids.add(article.id());
      }
    }
    index.commit();
    StoryLinker linker = new StoryLinker(index);
    linker.link(ids);
    return linker;
  }

  /**
   * The first {@code limit} articles of a JSONL data set, enriched, each with the data set's own
   * {@code id} as its id.
   */
  public static List<Article> read(Path jsonl, int limit) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (InputStream in = Files.newInputStream(jsonl)) {
      DocumentReaders.read(jsonl.getFileName().toString(), in, outcome -> {
        if (outcome instanceof ReadOutcome.Document document && articles.size() < limit) {
          articles.add(withDataId(document.article()));
        }
      });
    }
    return List.copyOf(articles);
  }

  private static Article withDataId(Article a) {
    String id = a.key().substring(a.key().indexOf('#') + 1);
    return a.withId(id);
  }
}
