package vn.policykb.ingest.index;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.MentionedPerson;
import vn.policykb.index.Origin;
import vn.policykb.index.Quote;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.document.DocumentIds;
import vn.policykb.ingest.enrich.EnrichedArticle;
import vn.policykb.ingest.enrich.LegalReferencesStep;
import vn.policykb.ingest.storykeys.StoryKeys;
import vn.policykb.ingest.storykeys.StoryKeysStep;
import vn.policykb.ingest.people.PeopleStep;
import vn.policykb.ingest.quotes.QuotesStep;

/**
 * How an enriched document maps onto the fields of the {@link IndexSchema}: the article's text and
 * metadata, and what each enrichment step found.
 */
public final class DocumentBuilder {

  private DocumentBuilder() {}

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
  public static Document toDocument(EnrichedArticle document, String contentHash) {
    return toDocument(document, contentHash, textHash(document.article().body()),
        CopyStatus.original(document.id(), null));
  }

  /** @param copy where the document stands among copies of its article */
  public static Document toDocument(EnrichedArticle document, String contentHash, String textHash, CopyStatus copy) {
    Article article = document.article();
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.ID, article.id(), Field.Store.YES));
    // read per match without touching stored fields: candidate copies, hit ids
    doc.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(article.id())));
    doc.add(new StoredField(IndexSchema.KEY, article.key()));
    addOptionalStored(doc, IndexSchema.PATH, article.path());
    addOptionalStored(doc, IndexSchema.URL, article.url());
    addOrigin(doc, article);
    doc.add(new Field(IndexSchema.TITLE, article.title(), IndexSchema.STORED_TEXT));
    doc.add(new Field(IndexSchema.TITLE_FOLDED, article.title(), IndexSchema.INDEXED_TEXT));
    doc.add(new Field(IndexSchema.BODY, article.body(), IndexSchema.STORED_TEXT));
    doc.add(new Field(IndexSchema.BODY_FOLDED, article.body(), IndexSchema.INDEXED_TEXT));
    for (String caption : article.captions()) {
      doc.add(new Field(IndexSchema.CAPTIONS, caption, IndexSchema.STORED_TEXT));
      doc.add(new Field(IndexSchema.CAPTIONS_FOLDED, caption, IndexSchema.INDEXED_TEXT));
    }
    addOptionalStored(doc, IndexSchema.AUTHOR, article.author());
    if (article.truncated()) {
      doc.add(new StoredField(IndexSchema.TRUNCATED, "true"));
    }
    addOptionalStored(doc, IndexSchema.SUMMARY, article.summary());
    doc.add(new Field(IndexSchema.TITLE_BIGRAMS, article.title(), IndexSchema.COUNTED_TEXT));
    doc.add(new Field(IndexSchema.BODY_BIGRAMS, article.body(), IndexSchema.COUNTED_TEXT));
    if ("en".equals(article.lang())) {
      doc.add(new Field(IndexSchema.TITLE_EN, article.title(), IndexSchema.INDEXED_TEXT));
      doc.add(new Field(IndexSchema.BODY_EN, article.body(), IndexSchema.INDEXED_TEXT));
    }
    addKeyword(doc, IndexSchema.LANG, article.lang());
    addKeyword(doc, IndexSchema.DATELINE, article.dateline());
    addKeyword(doc, IndexSchema.SOURCE, article.source());
    if (article.source() != null) {
      doc.add(new StringField(IndexSchema.SOURCE_KEY, IndexSchema.sourceKey(article.source()), Field.Store.NO));
    }
    for (String resolution : document.get(LegalReferencesStep.RESOLUTIONS)) {
      doc.add(new StringField(IndexSchema.RESOLUTIONS, resolution, Field.Store.YES));
      doc.add(new SortedSetDocValuesField(IndexSchema.RESOLUTIONS, new BytesRef(resolution)));
    }
    for (String citation : document.get(LegalReferencesStep.CITATIONS)) {
      doc.add(new StringField(IndexSchema.CITATIONS, citation, Field.Store.YES));
      doc.add(new StringField(IndexSchema.REFS, citation, Field.Store.NO));
    }
    for (String resolution : document.get(LegalReferencesStep.RESOLUTIONS)) {
      doc.add(new StringField(IndexSchema.REFS, LegalReferencesStep.RESOLUTION_PREFIX + resolution, Field.Store.NO));
    }
    addPeopleAndQuotes(doc, document);
    addStoryKeys(doc, document.get(StoryKeysStep.KEYS));
    LocalDate date = article.date();
    if (date != null) {
      doc.add(new StoredField(IndexSchema.DATE, date.toString()));
      doc.add(new LongPoint(IndexSchema.DATE_DAYS, date.toEpochDay()));
      doc.add(new NumericDocValuesField(IndexSchema.DATE_DAYS, date.toEpochDay()));
    }
    doc.add(new StringField(IndexSchema.CONTENT_HASH, contentHash, Field.Store.YES));
    doc.add(new StringField(IndexSchema.TEXT_HASH, textHash, Field.Store.NO));
    if (copy.duplicateOf() != null) {
      doc.add(new StringField(IndexSchema.DUPLICATE, "true", Field.Store.NO));
      doc.add(new StringField(IndexSchema.DUPLICATE_OF, copy.duplicateOf(), Field.Store.YES));
    }
    doc.add(new StringField(IndexSchema.GROUP, copy.group(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.GROUP, new BytesRef(copy.group())));
    if (copy.nearDuplicateOf() != null) {
      doc.add(new StringField(IndexSchema.NEAR_DUPLICATE_OF, copy.nearDuplicateOf(), Field.Store.YES));
    }
    if (copy.signature() != null) {
      for (String band : copy.signature().bandKeys()) {
        doc.add(new StringField(IndexSchema.NEAR_BANDS, band, Field.Store.NO));
      }
      // doc values: every candidate copy of a new text is read, and a stored field would mean
      // decompressing a block of bodies for each
      doc.add(new BinaryDocValuesField(IndexSchema.NEAR_SIGNATURE, new BytesRef(copy.signature().toBytes())));
    }
    return doc;
  }

  private static void addPeopleAndQuotes(Document doc, EnrichedArticle document) {
    List<MentionedPerson> mentioned = document.get(PeopleStep.PEOPLE);
    List<Quote> quotes = document.get(QuotesStep.QUOTES);
    Set<String> people = new LinkedHashSet<>();
    for (MentionedPerson person : mentioned) {
      people.add(IndexSchema.personKey(person.id(), person.name()));
    }
    for (String person : people) {
      doc.add(new StringField(IndexSchema.PEOPLE, person, Field.Store.NO));
      doc.add(new SortedSetDocValuesField(IndexSchema.PEOPLE, new BytesRef(person)));
    }
    Set<String> speakers = new LinkedHashSet<>();
    for (Quote quote : quotes) {
      doc.add(new Field(IndexSchema.QUOTE_TEXT, quote.text(), IndexSchema.INDEXED_TEXT));
      speakers.add(IndexSchema.personKey(quote.speakerId(), quote.speaker()));
    }
    speakers.forEach(s -> doc.add(new StringField(IndexSchema.QUOTE_SPEAKER, s, Field.Store.NO)));
    if (!mentioned.isEmpty()) {
      doc.add(new StoredField(IndexSchema.PEOPLE_JSON, IndexSchema.toJson(mentioned)));
    }
    if (!quotes.isEmpty()) {
      doc.add(new StoredField(IndexSchema.QUOTES_JSON, IndexSchema.toJson(quotes)));
    }
  }

  private static void addStoryKeys(Document doc, StoryKeys story) {
    story.keys().forEach(key -> doc.add(new StringField(IndexSchema.STORY, key, Field.Store.NO)));
    doc.add(new StoredField(IndexSchema.STORY_KEYS, String.join("\n", story.keys())));
    // present on every document, so that a link can later be set in place
    doc.add(new BinaryDocValuesField(IndexSchema.TRANSLATION, new BytesRef()));
  }

  private static void addOrigin(Document doc, Article article) {
    Origin origin = article.origin();
    if (origin == null) {
      return;
    }
    doc.add(new StoredField(IndexSchema.ORIGIN_KIND, origin.kind()));
    if (origin.line() != null) {
      doc.add(new StoredField(IndexSchema.ORIGIN_LINE, origin.line().toString()));
    }
    if (origin.datasetId() != null) {
      doc.add(new StringField(IndexSchema.DATASET_ID, origin.datasetId(), Field.Store.YES));
    }
    if (origin.url() != null && !origin.url().equals(article.url())) {
      doc.add(new StoredField(IndexSchema.ORIGIN_URL, origin.url()));
    }
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
