package vn.policykb.ingest.index;

import java.time.LocalDate;
import java.util.LinkedHashSet;
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
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.MentionedPerson;
import vn.policykb.index.Quote;
import vn.policykb.ingest.dedup.TextSignature;
import vn.policykb.ingest.enrich.LegalReferencesStep;

/**
 * A document as {@link DocumentBuilder} wrote it, from what an index keeps of it: its stored values,
 * with its near-duplicate signature (bytes) and translation link under their field names. Every
 * indexed field is a function of those (the folded and English texts of the title and body, the
 * people and speakers of the stored JSON, the bands of the signature), so a document copied from
 * one backend to another is the same document: same id, group, copies, quotes and link.
 */
public final class StoredDocuments {

  /** Stored as values, read back as they were written. */
  private static final Set<String> KEPT = Set.of(IndexSchema.KEY, IndexSchema.PATH, IndexSchema.URL,
      IndexSchema.ORIGIN_KIND, IndexSchema.ORIGIN_LINE, IndexSchema.ORIGIN_URL, IndexSchema.AUTHOR,
      IndexSchema.TRUNCATED, IndexSchema.SUMMARY, IndexSchema.PEOPLE_JSON, IndexSchema.QUOTES_JSON,
      IndexSchema.STORY_KEYS, IndexSchema.WARC_RECORD, IndexSchema.DATE);

  private StoredDocuments() {}

  public static Document rebuild(Document stored) {
    String id = stored.get(IndexSchema.ID);
    String title = stored.get(IndexSchema.TITLE);
    String body = stored.get(IndexSchema.BODY);
    String lang = stored.get(IndexSchema.LANG);
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(id)));
    for (IndexableField field : stored.getFields()) {
      if (KEPT.contains(field.name()) && field.stringValue() != null) {
        doc.add(new StoredField(field.name(), field.stringValue()));
      }
    }
    keywordStored(doc, IndexSchema.DATASET_ID, stored.get(IndexSchema.DATASET_ID));
    doc.add(new Field(IndexSchema.TITLE, title, IndexSchema.STORED_TEXT));
    doc.add(new Field(IndexSchema.TITLE_FOLDED, title, IndexSchema.INDEXED_TEXT));
    doc.add(new Field(IndexSchema.BODY, body, IndexSchema.STORED_TEXT));
    doc.add(new Field(IndexSchema.BODY_FOLDED, body, IndexSchema.INDEXED_TEXT));
    for (String caption : stored.getValues(IndexSchema.CAPTIONS)) {
      doc.add(new Field(IndexSchema.CAPTIONS, caption, IndexSchema.STORED_TEXT));
      doc.add(new Field(IndexSchema.CAPTIONS_FOLDED, caption, IndexSchema.INDEXED_TEXT));
    }
    doc.add(new Field(IndexSchema.TITLE_BIGRAMS, title, IndexSchema.COUNTED_TEXT));
    doc.add(new Field(IndexSchema.BODY_BIGRAMS, body, IndexSchema.COUNTED_TEXT));
    if ("en".equals(lang)) {
      doc.add(new Field(IndexSchema.TITLE_EN, title, IndexSchema.INDEXED_TEXT));
      doc.add(new Field(IndexSchema.BODY_EN, body, IndexSchema.INDEXED_TEXT));
    }
    sortedKeyword(doc, IndexSchema.LANG, lang);
    sortedKeyword(doc, IndexSchema.DATELINE, stored.get(IndexSchema.DATELINE));
    String source = stored.get(IndexSchema.SOURCE);
    sortedKeyword(doc, IndexSchema.SOURCE, source);
    if (source != null) {
      doc.add(new StringField(IndexSchema.SOURCE_KEY, IndexSchema.sourceKey(source), Field.Store.NO));
    }
    for (String resolution : stored.getValues(IndexSchema.RESOLUTIONS)) {
      doc.add(new StringField(IndexSchema.RESOLUTIONS, resolution, Field.Store.YES));
      doc.add(new SortedSetDocValuesField(IndexSchema.RESOLUTIONS, new BytesRef(resolution)));
      doc.add(new StringField(IndexSchema.REFS, LegalReferencesStep.RESOLUTION_PREFIX + resolution, Field.Store.NO));
    }
    for (String citation : stored.getValues(IndexSchema.CITATIONS)) {
      doc.add(new StringField(IndexSchema.CITATIONS, citation, Field.Store.YES));
      doc.add(new StringField(IndexSchema.REFS, citation, Field.Store.NO));
    }
    Set<String> people = new LinkedHashSet<>();
    for (MentionedPerson person : IndexSchema.people(stored)) {
      people.add(IndexSchema.personKey(person.id(), person.name()));
    }
    for (String person : people) {
      doc.add(new StringField(IndexSchema.PEOPLE, person, Field.Store.NO));
      doc.add(new SortedSetDocValuesField(IndexSchema.PEOPLE, new BytesRef(person)));
    }
    Set<String> speakers = new LinkedHashSet<>();
    for (Quote quote : IndexSchema.quotes(stored)) {
      doc.add(new Field(IndexSchema.QUOTE_TEXT, quote.text(), IndexSchema.INDEXED_TEXT));
      speakers.add(IndexSchema.personKey(quote.speakerId(), quote.speaker()));
    }
    speakers.forEach(s -> doc.add(new StringField(IndexSchema.QUOTE_SPEAKER, s, Field.Store.NO)));
    String storyKeys = stored.get(IndexSchema.STORY_KEYS);
    if (storyKeys != null && !storyKeys.isEmpty()) {
      for (String key : storyKeys.split("\n")) {
        doc.add(new StringField(IndexSchema.STORY, key, Field.Store.NO));
      }
    }
    String translation = stored.get(IndexSchema.TRANSLATION);
    doc.add(new BinaryDocValuesField(IndexSchema.TRANSLATION, new BytesRef(translation == null ? "" : translation)));
    String date = stored.get(IndexSchema.DATE);
    if (date != null) {
      long day = LocalDate.parse(date).toEpochDay();
      doc.add(new LongPoint(IndexSchema.DATE_DAYS, day));
      doc.add(new NumericDocValuesField(IndexSchema.DATE_DAYS, day));
    }
    doc.add(new StringField(IndexSchema.CONTENT_HASH, stored.get(IndexSchema.CONTENT_HASH), Field.Store.YES));
    doc.add(new StringField(IndexSchema.TEXT_HASH, DocumentBuilder.textHash(body), Field.Store.NO));
    String duplicateOf = stored.get(IndexSchema.DUPLICATE_OF);
    if (duplicateOf != null) {
      doc.add(new StringField(IndexSchema.DUPLICATE, "true", Field.Store.NO));
      doc.add(new StringField(IndexSchema.DUPLICATE_OF, duplicateOf, Field.Store.YES));
    }
    String group = stored.get(IndexSchema.GROUP);
    group = group == null ? id : group;
    doc.add(new StringField(IndexSchema.GROUP, group, Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.GROUP, new BytesRef(group)));
    keywordStored(doc, IndexSchema.NEAR_DUPLICATE_OF, stored.get(IndexSchema.NEAR_DUPLICATE_OF));
    BytesRef signature = stored.getBinaryValue(IndexSchema.NEAR_SIGNATURE);
    if (signature != null) {
      TextSignature read = TextSignature.fromBytes(signature.bytes, signature.offset, signature.length);
      for (String band : read.bandKeys()) {
        doc.add(new StringField(IndexSchema.NEAR_BANDS, band, Field.Store.NO));
      }
      doc.add(new BinaryDocValuesField(IndexSchema.NEAR_SIGNATURE, BytesRef.deepCopyOf(signature)));
    }
    return doc;
  }

  private static void sortedKeyword(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StringField(field, value, Field.Store.YES));
      doc.add(new SortedDocValuesField(field, new BytesRef(value)));
    }
  }

  private static void keywordStored(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StringField(field, value, Field.Store.YES));
    }
  }
}
