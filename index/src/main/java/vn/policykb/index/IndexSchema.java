package vn.policykb.index;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import vn.policykb.analysis.EnglishTextAnalyzer;
import vn.policykb.analysis.VietnameseExactAnalyzer;
import vn.policykb.analysis.VietnameseFoldedAnalyzer;
import vn.policykb.analysis.VietnameseSyllableBigramAnalyzer;
import vn.policykb.kb.LookupKey;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of the index: what the pipeline writes and search reads, how each text field is
 * analysed and how matches are scored.
 *
 * <p>Every text is indexed from the same stored string as written ({@code title}, {@code body}:
 * diacritics kept), folded ({@code title.folded}, {@code body.folded}) and as pairs of folded
 * syllables ({@code *.bigrams}); English documents also stemmed ({@code *.en}). Offsets are not
 * indexed: the highlighter re-analyses the stored text of the few documents it shows, which costs
 * less than writing offsets for every token of every document, and marks the original text
 * whichever form matched.
 */
public final class IndexSchema {

  public static final String ID = "id";
  public static final String KEY = "key";
  public static final String PATH = "path";
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String TITLE_FOLDED = "title.folded";
  public static final String BODY = "body";
  public static final String BODY_FOLDED = "body.folded";
  /** Photo captions: searchable, kept apart from the body. */
  public static final String CAPTIONS = "captions";
  public static final String CAPTIONS_FOLDED = "captions.folded";
  public static final String AUTHOR = "author";
  public static final String SUMMARY = "summary";
  /** English documents only: stemmed, without stopwords. */
  public static final String TITLE_EN = "title.en";
  public static final String BODY_EN = "body.en";
  /** Pairs of adjacent folded syllables, for ranking: no positions, no offsets. */
  public static final String TITLE_BIGRAMS = "title.bigrams";
  public static final String BODY_BIGRAMS = "body.bigrams";
  public static final String LANG = "lang";
  public static final String DATE = "date";
  /** Days since the epoch: for ranges and sorting. */
  public static final String DATE_DAYS = "date.days";
  public static final String DATELINE = "dateline";
  public static final String SOURCE = "source";
  /** The source in lower case: what a {@code source:} filter matches. */
  public static final String SOURCE_KEY = "source.key";
  /** Numbers of the resolutions a document cites. */
  public static final String RESOLUTIONS = "resolution";
  /** Every key a document's legal references are found by: symbols and kind:number. */
  public static final String REFS = "refs";
  /** Canonical keys of every legal document a document cites. */
  public static final String CITATIONS = "citation";
  /** Hash of the body as read, whitespace and case aside: the same article at another address. */
  public static final String TEXT_HASH = "text.hash";
  /** {@code true} on a document whose text another document had first. */
  public static final String DUPLICATE = "duplicate";
  /** The id of that other document. */
  public static final String DUPLICATE_OF = "duplicate.of";
  /**
   * The id of the first document read of the article this one is a copy of (exact or near); a
   * document that copies none is its own group. Doc values: search shows one document per group.
   */
  public static final String GROUP = "group";
  /** For a near-duplicate, the id of the document it was found similar to. */
  public static final String NEAR_DUPLICATE_OF = "near.of";
  /** The keys of the MinHash bands of the text: documents sharing one are candidate copies. */
  public static final String NEAR_BANDS = "near.band";
  /** The MinHash signature of the text, to estimate its similarity with a candidate. */
  public static final String NEAR_SIGNATURE = "near.signature";
  /**
   * The people a document names: a registry id, else {@code name:} and the folded name. Doc
   * values, for facets.
   */
  public static final String PEOPLE = "person";
  /** The people with their mentions, as JSON: what the API shows. */
  public static final String PEOPLE_JSON = "people.json";
  /** The quotes of a document, as JSON; they are written with their article, never apart from it. */
  public static final String QUOTES_JSON = "quotes.json";
  /** Quote texts, folded: a document whose quotes match a query is a candidate for quote search. */
  public static final String QUOTE_TEXT = "quote.text";
  /** Speakers of the quotes, as {@link #PEOPLE} writes a person. */
  public static final String QUOTE_SPEAKER = "quote.speaker";
  /**
   * For a crawled document, the WARC record it was read from ({@code file@offset} under
   * {@code DIR/warc}): stored only, and outside the content hash, so that fetching the same page
   * again does not rewrite it.
   */
  public static final String WARC_RECORD = "warc";
  /** How a document came in ({@link Origin#kind}): stored only. */
  public static final String ORIGIN_KIND = "origin.kind";
  /** For a line of a data set, its number: stored only. */
  public static final String ORIGIN_LINE = "origin.line";
  /** The address a document was fetched from or its data set gives, where it is not {@link #URL}: stored only. */
  public static final String ORIGIN_URL = "origin.url";
  /** For a line of a data set, the line's own {@code id}: stored, and what a {@code datasetId:} filter matches. */
  public static final String DATASET_ID = "dataset.id";
  /**
   * What the text says that survives translation: numbers, legal documents,
   * registry entities, glossary concepts, Latin names. Searched to find a story's counterpart in
   * the other language.
   */
  public static final String STORY = "story";
  /** The same keys, stored, one a line: what the linker compares. */
  public static final String STORY_KEYS = "story.keys";
  /**
   * The id of the same story in the other language, empty when none is known. Doc values only,
   * so that a link is updated in place when the counterpart arrives, without rewriting the document.
   */
  public static final String TRANSLATION = "translation";
  /**
   * {@code true} on a document whose text was cut at a size limit (the source is longer); absent
   * on a document read whole. Stored only.
   */
  public static final String TRUNCATED = "truncated";
  /** Hash of everything indexed: an unchanged document is not written again. */
  public static final String CONTENT_HASH = "hash";
  /**
   * Changes when documents gain fields or analysis changes: mixed into {@link #CONTENT_HASH}, so
   * that ingesting again rewrites documents indexed before (2: groups of copies; 3: abbreviations
   * indexed in all their spellings; 4: people and quotes; 5: story keys and translation links;
   * 6: origins, ids and near-copy signatures as doc values).
   */
  public static final String VERSION = "6";

  /** Stored, tokenized, with positions. */
  public static final FieldType STORED_TEXT = textType(true);
  /** Tokenized, with positions, not stored (the stored twin holds the string). */
  public static final FieldType INDEXED_TEXT = textType(false);

  /** Tokenized with frequencies only. */
  public static final FieldType COUNTED_TEXT = countedType();

  private IndexSchema() {}

  private static FieldType countedType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(false);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }

  /**
   * BM25's parameters, chosen on the tuning halves of the ViRE sets (k1 0.9 to 1.6, b 0.5 to 0.9):
   * term frequency saturates sooner than Lucene's default, long passages pay more for their length.
   */
  public static final float BM25_K1 = 0.9f;

  public static final float BM25_B = 0.9f;

  /** How matches are scored, at index time (norms) and search time alike. */
  public static Similarity similarity() {
    return new BM25Similarity(BM25_K1, BM25_B);
  }

  /** The analyzer for every text field of the index. */
  public static Analyzer analyzer() {
    Analyzer exact = new VietnameseExactAnalyzer();
    Analyzer folded = new VietnameseFoldedAnalyzer();
    Analyzer bigrams = new VietnameseSyllableBigramAnalyzer();
    Analyzer english = new EnglishTextAnalyzer();
    return new PerFieldAnalyzerWrapper(exact, Map.of(
        TITLE_FOLDED, folded, BODY_FOLDED, folded, CAPTIONS_FOLDED, folded, QUOTE_TEXT, folded, TITLE_BIGRAMS, bigrams, BODY_BIGRAMS, bigrams,
        TITLE_EN, english, BODY_EN, english));
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The JSON a stored value is written as: what {@link #quotes} and {@link #people} read back. */
  public static String toJson(Object value) {
    return JSON.writeValueAsString(value);
  }

  /** How the index writes a person: the registry id, else {@code name:} and the folded name. */
  public static String personKey(String id, String name) {
    return id != null ? id : "name:" + LookupKey.of(name);
  }

  /** The quotes stored with a document. */
  public static List<Quote> quotes(Document doc) {
    String json = doc.get(QUOTES_JSON);
    return json == null ? List.of() : List.of(JSON.readValue(json, Quote[].class));
  }

  /** The people stored with a document. */
  public static List<MentionedPerson> people(Document doc) {
    String json = doc.get(PEOPLE_JSON);
    return json == null ? List.of() : List.of(JSON.readValue(json, MentionedPerson[].class));
  }

  /** A source name as filters compare it: lower case, spaces collapsed. */
  public static String sourceKey(String source) {
    return source.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

}
