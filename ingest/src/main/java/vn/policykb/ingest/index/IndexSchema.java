package vn.policykb.ingest.index;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import vn.policykb.analysis.EnglishTextAnalyzer;
import vn.policykb.analysis.VietnameseExactAnalyzer;
import vn.policykb.analysis.VietnameseFoldedAnalyzer;
import vn.policykb.analysis.VietnameseSyllableBigramAnalyzer;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.document.DocumentIds;
import vn.policykb.ingest.kb.LookupKey;
import vn.policykb.ingest.links.StoryKeyExtractor;
import vn.policykb.ingest.links.StoryKeys;
import vn.policykb.ingest.people.MentionedPerson;
import vn.policykb.ingest.quotes.Quote;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of the index and how an {@link Article} maps onto them.
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
  /**
   * What the text says that survives translation ({@link StoryKeys}): numbers, legal documents,
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
  /** Hash of everything indexed: an unchanged document is not written again. */
  public static final String CONTENT_HASH = "hash";
  /**
   * Changes when documents gain fields or analysis changes: mixed into {@link #CONTENT_HASH}, so
   * that ingesting again rewrites documents indexed before (2: groups of copies; 3: abbreviations
   * indexed in all their spellings; 4: people and quotes; 5: story keys and translation links).
   */
  static final String VERSION = "5";

  /** Stored, tokenized, with positions. */
  static final FieldType STORED_TEXT = textType(true);
  /** Tokenized, with positions, not stored (the stored twin holds the string). */
  static final FieldType INDEXED_TEXT = textType(false);

  /** Tokenized with frequencies only. */
  static final FieldType COUNTED_TEXT = countedType();

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

  /** How matches are scored, at index time (norms) and search time alike. */
  public static Similarity similarity() {
    return new BM25Similarity(1.2f, 0.75f);
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

  /** The hash of a text as read: stripped, each run of white space one space, lower case. */
  public static String textHash(String body) {
    String text = body.strip();
    StringBuilder canonical = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // the white space of regular expressions' \s, which the hashes stored in indexes were made with
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        space = true;
        continue;
      }
      if (space) {
        canonical.append(' ');
        space = false;
      }
      canonical.append(c);
    }
    return DocumentIds.sha256Hex(canonical.toString().toLowerCase(Locale.ROOT));
  }

  /** A document that is a copy of no other. */
  public static Document toDocument(Article article, String contentHash) {
    return toDocument(article, contentHash, textHash(article.body()), CopyStatus.original(article.id(), null));
  }

  /** @param copy where the document stands among copies of its article */
  public static Document toDocument(Article article, String contentHash, String textHash, CopyStatus copy) {
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new StoredField(KEY, article.key()));
    addOptionalStored(doc, PATH, article.path());
    addOptionalStored(doc, URL, article.url());
    doc.add(new Field(TITLE, article.title(), STORED_TEXT));
    doc.add(new Field(TITLE_FOLDED, article.title(), INDEXED_TEXT));
    doc.add(new Field(BODY, article.body(), STORED_TEXT));
    doc.add(new Field(BODY_FOLDED, article.body(), INDEXED_TEXT));
    for (String caption : article.captions()) {
      doc.add(new Field(CAPTIONS, caption, STORED_TEXT));
      doc.add(new Field(CAPTIONS_FOLDED, caption, INDEXED_TEXT));
    }
    addOptionalStored(doc, AUTHOR, article.author());
    addOptionalStored(doc, SUMMARY, article.summary());
    doc.add(new Field(TITLE_BIGRAMS, article.title(), COUNTED_TEXT));
    doc.add(new Field(BODY_BIGRAMS, article.body(), COUNTED_TEXT));
    if ("en".equals(article.lang())) {
      doc.add(new Field(TITLE_EN, article.title(), INDEXED_TEXT));
      doc.add(new Field(BODY_EN, article.body(), INDEXED_TEXT));
    }
    addKeyword(doc, LANG, article.lang());
    addKeyword(doc, DATELINE, article.dateline());
    addKeyword(doc, SOURCE, article.source());
    if (article.source() != null) {
      doc.add(new StringField(SOURCE_KEY, sourceKey(article.source()), Field.Store.NO));
    }
    for (String resolution : article.resolutions()) {
      doc.add(new StringField(RESOLUTIONS, resolution, Field.Store.YES));
      doc.add(new SortedSetDocValuesField(RESOLUTIONS, new BytesRef(resolution)));
    }
    for (String citation : article.citations()) {
      doc.add(new StringField(CITATIONS, citation, Field.Store.YES));
      doc.add(new StringField(REFS, citation, Field.Store.NO));
    }
    for (String resolution : article.resolutions()) {
      doc.add(new StringField(REFS, "nq:" + resolution, Field.Store.NO));
    }
    addPeopleAndQuotes(doc, article);
    addStoryKeys(doc, article);
    LocalDate date = article.date();
    if (date != null) {
      doc.add(new StoredField(DATE, date.toString()));
      doc.add(new LongPoint(DATE_DAYS, date.toEpochDay()));
      doc.add(new NumericDocValuesField(DATE_DAYS, date.toEpochDay()));
    }
    doc.add(new StringField(CONTENT_HASH, contentHash, Field.Store.YES));
    doc.add(new StringField(TEXT_HASH, textHash, Field.Store.NO));
    if (copy.duplicateOf() != null) {
      doc.add(new StringField(DUPLICATE, "true", Field.Store.NO));
      doc.add(new StringField(DUPLICATE_OF, copy.duplicateOf(), Field.Store.YES));
    }
    doc.add(new StringField(GROUP, copy.group(), Field.Store.YES));
    doc.add(new SortedDocValuesField(GROUP, new BytesRef(copy.group())));
    if (copy.nearDuplicateOf() != null) {
      doc.add(new StringField(NEAR_DUPLICATE_OF, copy.nearDuplicateOf(), Field.Store.YES));
    }
    if (copy.signature() != null) {
      for (String band : copy.signature().bandKeys()) {
        doc.add(new StringField(NEAR_BANDS, band, Field.Store.NO));
      }
      doc.add(new StoredField(NEAR_SIGNATURE, copy.signature().toBytes()));
    }
    return doc;
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static void addPeopleAndQuotes(Document doc, Article article) {
    Set<String> people = new LinkedHashSet<>();
    for (MentionedPerson person : article.people()) {
      people.add(personKey(person.id(), person.name()));
    }
    for (String person : people) {
      doc.add(new StringField(PEOPLE, person, Field.Store.NO));
      doc.add(new SortedSetDocValuesField(PEOPLE, new BytesRef(person)));
    }
    Set<String> speakers = new LinkedHashSet<>();
    for (Quote quote : article.quotes()) {
      doc.add(new Field(QUOTE_TEXT, quote.text(), INDEXED_TEXT));
      speakers.add(personKey(quote.speakerId(), quote.speaker()));
    }
    speakers.forEach(s -> doc.add(new StringField(QUOTE_SPEAKER, s, Field.Store.NO)));
    if (!article.people().isEmpty()) {
      doc.add(new StoredField(PEOPLE_JSON, JSON.writeValueAsString(article.people())));
    }
    if (!article.quotes().isEmpty()) {
      doc.add(new StoredField(QUOTES_JSON, JSON.writeValueAsString(article.quotes())));
    }
  }

  private static void addStoryKeys(Document doc, Article article) {
    StoryKeys story = StoryKeyExtractor.bundled().keys(article);
    story.keys().forEach(key -> doc.add(new StringField(STORY, key, Field.Store.NO)));
    doc.add(new StoredField(STORY_KEYS, String.join("\n", story.keys())));
    // present on every document, so that a link can later be set in place
    doc.add(new BinaryDocValuesField(TRANSLATION, new BytesRef()));
  }

  /** The story keys stored with a document. */
  public static StoryKeys storyKeys(Document doc) {
    String keys = doc.get(STORY_KEYS);
    return new StoryKeys(keys == null || keys.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(java.util.Arrays.asList(keys.split("\n"))));
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

  private static void addOptionalStored(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  /** Exact-match, stored, with doc values for facets and sorting. */
  private static void addKeyword(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StringField(field, value, Field.Store.YES));
      doc.add(new SortedDocValuesField(field, new BytesRef(value)));
    }
  }
}
