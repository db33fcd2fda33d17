package vn.policykb.ingest.links;

import vn.policykb.ingest.storykeys.StoryKeys;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.LuceneStoredMatches;
import vn.policykb.index.StoredMatches;

/**
 * Links an English article and its Vietnamese counterpart both ways. For a document it searches
 * the other language for documents sharing its {@link StoryKeys} (within
 * {@link StoryScorer#DATE_WINDOW_DAYS} days when both dates are known), scores the best few with
 * {@link StoryScorer}, and links the best one when it clears the threshold and, seen from there,
 * the document is its best match too: a link is one-to-one, and of two stories about one trip
 * only the one that matches best on both sides is linked.
 *
 * <p>Runs on what is committed, after a batch: links of the batch's documents are computed again
 * and their counterparts updated in place, so a link appears when the second version arrives.
 */
public final class StoryLinker {

  /** Documents of the other language scored for each document. */
  private static final int CANDIDATES = 20;
  /** Keys searched for, at most: the rarest, which find the counterpart. */
  private static final int MAX_QUERY_KEYS = 256;
  private static final Set<String> FIELDS =
      Set.of(IndexSchema.ID, IndexSchema.LANG, IndexSchema.DATE, IndexSchema.STORY_KEYS, IndexSchema.DUPLICATE_OF);

  /** A document as the linker sees it. */
  public record StoryDocument(String id, String lang, LocalDate date, StoryKeys keys) {}

  /** A scored counterpart. */
  public record Counterpart(String id, double score) {}

  /** What a linking pass changed. */
  public record LinkReport(int linked, int unlinked) {}

  private final DocumentIndex index;

  public StoryLinker(DocumentIndex index) {
    this.index = index;
  }

  /**
   * Computes again the links of the given (committed) documents and of their counterparts, and
   * commits.
   */
  public LinkReport link(Collection<String> ids) throws IOException {
    int linked = 0;
    int unlinked = 0;
    Session session = new Session(index.matches());
    Links current = new Links(session.allLinks());
    Map<String, String> changes = new HashMap<>();
    // with no link yet and one language missing there is nothing to do: a monolingual import
    boolean nothingToLink = current.isEmpty() && !(session.hasDocuments("vi") && session.hasDocuments("en"));
    for (String id : nothingToLink ? Set.<String>of() : new LinkedHashSet<>(ids)) {
      StoryDocument doc = session.document(id);
      if (doc == null) {
        continue;
      }
      String partner = session.mutualBest(doc).map(Counterpart::id).orElse(null);
      // any other link from or to the two documents is out of date
      for (String end : partner == null ? List.of(id) : List.of(id, partner)) {
        for (String from : current.involving(end)) {
          if (!(from.equals(id) && partner != null && partner.equals(current.of(id)))
              && !(from.equals(partner) && id.equals(current.of(partner)))) {
            current.remove(from);
            changes.put(from, "");
          }
        }
      }
      if (partner != null) {
        current.put(id, partner);
        current.put(partner, id);
        changes.put(id, partner);
        changes.put(partner, id);
      }
    }
    for (var change : changes.entrySet()) {
      index.setTranslation(change.getKey(), change.getValue());
      if (change.getValue().isEmpty()) {
        unlinked++;
      } else {
        linked++;
      }
    }
    if (!ids.isEmpty()) {
      index.commit();
    }
    return new LinkReport(linked, unlinked);
  }

  /** The best-scored documents of the other language for a committed document, best first. */
  public List<Counterpart> counterparts(String id) throws IOException {
    Session session = new Session(index.matches());
    StoryDocument doc = session.document(id);
    return doc == null ? List.of() : session.counterparts(doc);
  }

  /** The linked translation of each committed document that has one, by id. */
  public Map<String, String> links() throws IOException {
    return index.matches().translations();
  }

  /** The linked translation of each committed document that has one. */
  public static Map<String, String> links(IndexSearcher searcher) throws IOException {
    return LuceneStoredMatches.over(searcher).translations();
  }

  /** Links by document, and the documents linking to each. */
  private static final class Links {

    private final Map<String, String> forward;
    private final Map<String, Set<String>> backward = new HashMap<>();

    Links(Map<String, String> links) {
      this.forward = new HashMap<>();
      links.forEach(this::put);
    }

    String of(String id) {
      return forward.get(id);
    }

    boolean isEmpty() {
      return forward.isEmpty();
    }

    /** The documents that link to {@code id}, and {@code id} itself when it links anywhere. */
    List<String> involving(String id) {
      List<String> ends = new ArrayList<>(backward.getOrDefault(id, Set.of()));
      if (forward.containsKey(id) && !ends.contains(id)) {
        ends.add(id);
      }
      return ends;
    }

    void put(String from, String to) {
      remove(from);
      forward.put(from, to);
      backward.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(from);
    }

    void remove(String from) {
      String to = forward.remove(from);
      if (to != null) {
        backward.getOrDefault(to, new LinkedHashSet<>()).remove(from);
      }
    }
  }

  /** One linking's view of the index, with the rarity of keys computed once. */
  private static final class Session {

    private final StoredMatches searcher;
    private final StoryScorer scorer;
    private final Map<String, Double> rarities = new HashMap<>();
    private final Map<String, Optional<StoryDocument>> documents = new HashMap<>();
    private final long total;

    Session(StoredMatches searcher) throws IOException {
      this.searcher = searcher;
      this.total = searcher.count();
      this.scorer = new StoryScorer(this::rarity);
    }

    private double rarity(String key) {
      return rarities.computeIfAbsent(key, k -> {
        try {
          long df = searcher.docFreq(IndexSchema.STORY, k);
          return Math.log(1 + (double) total / (df + 1));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }

    StoryDocument document(String id) throws IOException {
      Optional<StoryDocument> known = documents.get(id);
      if (known != null) {
        return known.orElse(null);
      }
      List<Document> top = searcher.best(new TermQuery(new Term(IndexSchema.ID, id)), 1, FIELDS);
      StoryDocument doc = top.isEmpty() ? null : read(top.getFirst());
      documents.put(id, Optional.ofNullable(doc));
      return doc;
    }

    private StoryDocument read(Document stored) {
      if (stored.get(IndexSchema.DUPLICATE_OF) != null) {
        // an exact copy is shown with its original, and linked through it
        return null;
      }
      String date = stored.get(IndexSchema.DATE);
      return new StoryDocument(stored.get(IndexSchema.ID), stored.get(IndexSchema.LANG),
          date == null ? null : LocalDate.parse(date), storedKeys(stored));
    }

    /** The best counterpart of a document, when it clears the threshold and chooses it back. */
    Optional<Counterpart> mutualBest(StoryDocument doc) throws IOException {
      Optional<Counterpart> best = best(doc);
      if (best.isEmpty()) {
        return best;
      }
      StoryDocument other = document(best.get().id());
      Optional<Counterpart> back = other == null ? Optional.empty() : best(other);
      return back.isPresent() && back.get().id().equals(doc.id()) ? best : Optional.empty();
    }

    private Optional<Counterpart> best(StoryDocument doc) throws IOException {
      List<Counterpart> ranked = counterparts(doc);
      if (ranked.isEmpty() || ranked.getFirst().score() < StoryScorer.THRESHOLD) {
        return Optional.empty();
      }
      // two candidates about as close are two stories alike, not a translation and a stranger
      if (ranked.size() > 1 && ranked.getFirst().score() < StoryScorer.MARGIN * ranked.get(1).score()) {
        return Optional.empty();
      }
      return Optional.of(ranked.getFirst());
    }

    List<Counterpart> counterparts(StoryDocument doc) throws IOException {
      String otherLang = "vi".equals(doc.lang()) ? "en" : "vi";
      if (doc.keys().keys().isEmpty() || !Set.of("vi", "en").contains(doc.lang())) {
        return List.of();
      }
      List<String> rarest = doc.keys().keys().stream()
          .sorted(Comparator.comparingDouble(scorer::weight).reversed().thenComparing(k -> k))
          .limit(MAX_QUERY_KEYS)
          .toList();
      BooleanQuery.Builder shared = new BooleanQuery.Builder();
      rarest.forEach(key -> shared.add(new TermQuery(new Term(IndexSchema.STORY, key)), Occur.SHOULD));
      BooleanQuery.Builder query = new BooleanQuery.Builder()
          .add(shared.build(), Occur.MUST)
          .add(new TermQuery(new Term(IndexSchema.LANG, otherLang)), Occur.FILTER)
          .add(new TermQuery(new Term(IndexSchema.DUPLICATE, "true")), Occur.MUST_NOT);
      if (doc.date() != null) {
        query.add(dateWindow(doc.date()), Occur.FILTER);
      }
      List<Counterpart> scored = new ArrayList<>();
      for (Document hit : searcher.best(query.build(), CANDIDATES, FIELDS)) {
        StoryDocument candidate = read(hit);
        if (candidate != null) {
          documents.putIfAbsent(candidate.id(), Optional.of(candidate));
          scored.add(new Counterpart(candidate.id(),
              scorer.score(doc.keys(), doc.date(), candidate.keys(), candidate.date())));
        }
      }
      scored.sort(Comparator.comparingDouble(Counterpart::score).reversed().thenComparing(Counterpart::id));
      return scored;
    }

    /** Whether any document is in this language: an index of one language has nothing to link. */
    boolean hasDocuments(String lang) throws IOException {
      return searcher.docFreq(IndexSchema.LANG, lang) > 0;
    }

    /** Documents dated near this date, or not dated at all. */
    private static Query dateWindow(LocalDate date) {
      long day = date.toEpochDay();
      Query near = LongPoint.newRangeQuery(IndexSchema.DATE_DAYS,
          day - StoryScorer.DATE_WINDOW_DAYS, day + StoryScorer.DATE_WINDOW_DAYS);
      Query undated = new BooleanQuery.Builder()
          .add(new MatchAllDocsQuery(), Occur.MUST)
          .add(new FieldExistsQuery(IndexSchema.DATE_DAYS), Occur.MUST_NOT)
          .build();
      return new BooleanQuery.Builder().add(near, Occur.SHOULD).add(undated, Occur.SHOULD).build();
    }

    /** Every link set in the index, by document id. */
    Map<String, String> allLinks() throws IOException {
      return searcher.translations();
    }
  }

  /** The story keys stored with a document, one a line. */
  private static StoryKeys storedKeys(org.apache.lucene.document.Document doc) {
    String keys = doc.get(IndexSchema.STORY_KEYS);
    return new StoryKeys(keys == null || keys.isEmpty() ? java.util.Set.of() : java.util.Set.of(keys.split("\n")));
  }
}
