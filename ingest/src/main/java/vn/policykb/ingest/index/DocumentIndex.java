package vn.policykb.ingest.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.SearcherManager;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.SearchableIndex;
import vn.policykb.index.StoredMatches;
import vn.policykb.ingest.dedup.NearDuplicateSignatureStep;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.enrich.EnrichedArticle;
import vn.policykb.ingest.enrich.LegalReferencesStep;
import vn.policykb.ingest.dedup.NearDuplicates;
import vn.policykb.ingest.dedup.TextSignature;
import vn.policykb.ingest.document.DocumentIds;

/**
 * The index the pipeline writes: decides what each write is (added, updated, unchanged, a copy of
 * which), writes through its {@link IndexStore} and commits. Writes are idempotent by document id; a
 * document whose content has not changed is not written at all. Opened on a data directory it is
 * the embedded Lucene index, and also what searching that index needs.
 */
public final class DocumentIndex implements SearchableIndex, Closeable {

  private final IndexStore store;
  /** Content hashes written since the searchers were last refreshed. */
  private final Map<String, String> pendingHashes = new HashMap<>();
  /** Text hashes of the originals written since the searchers were last refreshed. */
  private final Map<String, String> pendingTexts = new HashMap<>();
  /** Groups of the documents written since the searchers were last refreshed, by id. */
  private final Map<String, String> pendingGroups = new HashMap<>();
  /** Of those, the ones a later text may be a near copy of, by id and by band key. */
  private final Map<String, NearCandidate> pendingCandidates = new HashMap<>();
  private final Map<String, List<String>> pendingBands = new HashMap<>();

  private DocumentIndex(IndexStore store) {
    this.store = store;
  }

  /** Opens (or creates) the embedded index in {@code dataDir/index}. */
  public static DocumentIndex open(Path dataDir) throws IOException {
    return new DocumentIndex(LuceneIndexStore.open(dataDir));
  }

  /** The index kept in this store; closing the index closes the store. */
  public static DocumentIndex on(IndexStore store) {
    return new DocumentIndex(store);
  }

  public IndexStore store() {
    return store;
  }

  /** The folder of the embedded index. */
  public Path directory() {
    return lucene().directory();
  }

  /** The committed documents as the reads that check each match read them. */
  public StoredMatches matches() {
    return store.matches();
  }

  /** Where the index is, for messages. */
  public String location() {
    return store.location();
  }

  /** Whether the index is the embedded Lucene one, which searchers read directly. */
  public boolean isEmbedded() {
    return store instanceof LuceneIndexStore;
  }

  @Override
  public Analyzer analyzer() {
    return isEmbedded() ? lucene().analyzer() : IndexSchema.analyzer();
  }

  @Override
  public SearcherManager searchers() {
    return lucene().searchers();
  }

  private LuceneIndexStore lucene() {
    if (store instanceof LuceneIndexStore lucene) {
      return lucene;
    }
    throw new IllegalStateException("the index at " + store.location() + " is not an embedded Lucene index");
  }

  /**
   * Adds the article, replaces an older version of it, or does nothing when it is unchanged. An
   * article whose text is already indexed under another id is written as a duplicate of it; one
   * whose text nearly repeats an indexed one joins that one's group as a near-duplicate.
   */
  public WriteResult write(EnrichedArticle document) throws IOException {
    PreparedWrite prepared = prepare(document);
    apply(prepared);
    return prepared.result();
  }

  /**
   * What deciding a write needs of an article: its hashes and the signature of its text. Costly
   * enough to be computed beforehand, on any thread; deciding then takes little.
   */
  public record Fingerprint(EnrichedArticle document, String hash, String textHash, TextSignature signature) {}

  public static Fingerprint fingerprint(EnrichedArticle document) {
    String body = document.article().body();
    // the signature the near-duplicates step made, or made here for a document enriched without it
    TextSignature signature = document.enrichments().has(NearDuplicateSignatureStep.SIGNATURE)
        ? document.get(NearDuplicateSignatureStep.SIGNATURE).orElse(null)
        : NearDuplicates.signatureOf(body).orElse(null);
    return new Fingerprint(document, contentHash(document), DocumentBuilder.textHash(body), signature);
  }

  /**
   * A decided write: what it will do, and the document to write. Deciding is quick and happens in
   * input order, so that of two copies of a text the first read is the original; building the
   * document and {@link #apply applying} it are the costly part, and may run on several threads.
   */
  public static final class PreparedWrite {

    private final WriteResult result;
    private final String id;
    /** Null when nothing is written. */
    private final Fingerprint fingerprint;
    private final CopyStatus copy;
    private Document document;

    private PreparedWrite(WriteResult result, String id, Fingerprint fingerprint, CopyStatus copy) {
      this.result = result;
      this.id = id;
      this.fingerprint = fingerprint;
      this.copy = copy;
    }

    public WriteResult result() {
      return result;
    }

    public String id() {
      return id;
    }

    /** Whether a document is written: false for an unchanged one. */
    public boolean writes() {
      return fingerprint != null;
    }

    /**
     * The document to write, built on the first call, on the calling thread; null when nothing is
     * written. Fields added to it are written with it.
     */
    public Document document() {
      if (document == null && fingerprint != null) {
        document = DocumentBuilder.toDocument(fingerprint.document(), fingerprint.hash(), fingerprint.textHash(), copy);
      }
      return document;
    }
  }

  /** Decides what writing the article does, and records it as written. */
  public PreparedWrite prepare(EnrichedArticle document) throws IOException {
    return prepare(fingerprint(document));
  }

  /** Decides what writing the fingerprinted article does, and records it as written. */
  public PreparedWrite prepare(Fingerprint fingerprint) throws IOException {
    Article article = fingerprint.document().article();
    String id = article.id();
    String hash = fingerprint.hash();
    String textHash = fingerprint.textHash();
    TextSignature signature = fingerprint.signature();
    synchronized (this) {
      String previous = storedHash(id);
      if (hash.equals(previous)) {
        return new PreparedWrite(new WriteResult(WriteOutcome.UNCHANGED, null), id, null, null);
      }
      String original = article.body().isBlank() ? null : originalOf(textHash, id);
      CopyStatus copy;
      WriteResult result;
      if (original != null) {
        copy = new CopyStatus(groupOf(original), original, null, null);
        result = new WriteResult(WriteOutcome.DUPLICATE, original);
      } else {
        pendingTexts.putIfAbsent(textHash, id);
        NearCandidate near = signature == null ? null : nearestCopy(signature, id);
        if (near != null) {
          copy = new CopyStatus(near.group(), null, near.id(), signature);
          // reported as a copy of the article's first publication, whichever copy it is closest to
          result = new WriteResult(WriteOutcome.NEAR_DUPLICATE, near.group());
        } else {
          copy = CopyStatus.original(id, signature);
          result = new WriteResult(previous == null ? WriteOutcome.ADDED : WriteOutcome.UPDATED, null);
        }
      }
      pendingHashes.put(id, hash);
      pendingGroups.put(id, copy.group());
      pendingCandidates.remove(id);
      if (copy.signature() != null) {
        pendingCandidates.put(id, new NearCandidate(id, copy.group(), copy.signature()));
        for (String band : copy.signature().bandKeys()) {
          pendingBands.computeIfAbsent(band, k -> new ArrayList<>(1)).add(id);
        }
      }
      return new PreparedWrite(result, id, fingerprint, copy);
    }
  }

  /** A document a new text may be a near copy of. */
  private record NearCandidate(String id, String group, TextSignature signature) {}

  /**
   * Candidates read from the index for one text, at most. Every candidate written before must be
   * weighed, committed or not: were some left out, which copy a text joins would depend on where
   * the last commit fell (a run killed and run again would group otherwise than one never
   * interrupted). So the bound is far above any real group of copies (reposts of one article number
   * tens), and only bounds the work of a pathological input.
   */
  private static final int MAX_INDEXED_CANDIDATES = 4_096;

  /**
   * The document, other than {@code id}, whose text is most similar to this signature at or above
   * the threshold, among those written before (pending or visible); null when there is none. Ties
   * go to the smaller id, so that the choice does not depend on how the index laid documents out.
   */
  private NearCandidate nearestCopy(TextSignature signature, String id) throws IOException {
    List<String> bands = signature.bandKeys();
    List<NearCandidate> candidates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String band : bands) {
      for (String other : pendingBands.getOrDefault(band, List.of())) {
        NearCandidate candidate = pendingCandidates.get(other);
        if (candidate != null && !other.equals(id) && seen.add(other)) {
          candidates.add(candidate);
        }
      }
    }
    for (IndexStore.Candidate indexed : store.nearCandidates(bands, MAX_INDEXED_CANDIDATES)) {
      // a document written since the last refresh is judged by what was written, not what is visible
      if (indexed.id().equals(id) || pendingGroups.containsKey(indexed.id()) || !seen.add(indexed.id())) {
        continue;
      }
      candidates.add(new NearCandidate(indexed.id(), indexed.group(), indexed.signature()));
    }
    NearCandidate best = null;
    double bestSimilarity = -1;
    for (NearCandidate candidate : candidates) {
      double similarity = signature.similarity(candidate.signature());
      if (similarity < NearDuplicates.THRESHOLD) {
        continue;
      }
      if (similarity > bestSimilarity || (similarity == bestSimilarity && candidate.id().compareTo(best.id()) < 0)) {
        best = candidate;
        bestSimilarity = similarity;
      }
    }
    return best;
  }

  /** The group of a document written before: pending or visible. */
  private String groupOf(String id) throws IOException {
    String pending = pendingGroups.get(id);
    if (pending != null) {
      return pending;
    }
    String group = storedValue(id, IndexSchema.GROUP);
    return group == null ? id : group;
  }

  /** One stored field of the visible document with this id, or null when there is no such document or field. */
  private String storedValue(String id, String field) throws IOException {
    return store.storedValue(id, field);
  }

  /**
   * Writes a prepared document; safe to call from several threads at once, for different
   * documents.
   */
  public void apply(PreparedWrite prepared) throws IOException {
    Document document = prepared.document();
    if (document != null) {
      store.write(prepared.id(), document);
    }
  }

  /**
   * Sets the id of a document's counterpart in the other language (empty: none), in place: the
   * document is not rewritten. Visible after the next {@link #commit}.
   */
  public void setTranslation(String id, String translation) throws IOException {
    store.setTranslation(id, translation);
  }

  /** The id of the document that first had this text, if it is not {@code id} itself. */
  private String originalOf(String textHash, String id) throws IOException {
    String pending = pendingTexts.get(textHash);
    if (pending != null) {
      return pending.equals(id) ? null : pending;
    }
    for (String other : store.originalsWithText(textHash)) {
      if (!other.equals(id)) {
        return other;
      }
    }
    return null;
  }

  /** Makes what was written durable and visible to searchers. */
  public synchronized void commit() throws IOException {
    store.commit();
    pendingHashes.clear();
    pendingTexts.clear();
    pendingGroups.clear();
    pendingCandidates.clear();
    pendingBands.clear();
  }

  /** Number of documents visible to searchers. */
  public int count() throws IOException {
    return store.count();
  }

  private String storedHash(String id) throws IOException {
    String pending = pendingHashes.get(id);
    return pending != null ? pending : storedValue(id, IndexSchema.CONTENT_HASH);
  }


  static String contentHash(EnrichedArticle document) {
    Article article = document.article();
    String canonical = String.join("\u0000", IndexSchema.VERSION,
        article.key(), nullToEmpty(article.path()), nullToEmpty(article.url()), article.title(),
        article.body(), article.lang(), article.date() == null ? "" : article.date().toString(),
        nullToEmpty(article.dateline()), nullToEmpty(article.source()),
        String.join(",", document.get(LegalReferencesStep.RESOLUTIONS)),
        String.join(",", document.get(LegalReferencesStep.CITATIONS)),
        nullToEmpty(article.author()), nullToEmpty(article.summary()), String.join("\u0001", article.captions()));
    // appended only when set, so that the hash of a document read whole is what it always was
    if (article.truncated()) {
      canonical += "\u0000truncated";
    }
    if (article.origin() != null) {
      canonical += "\u0000" + article.origin();
    }
    return DocumentIds.sha256Hex(canonical);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  @Override
  public synchronized void close() throws IOException {
    store.close();
  }
}
