package vn.policykb.opensearch;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.policykb.index.IndexSchema;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields of {@link IndexSchema} as an OpenSearch mapping. A Lucene field name such as
 * {@code body.folded} would be an object path in OpenSearch (and {@code body} is a text field), so
 * every name has its dots as underscores; the kinds follow what {@code DocumentBuilder} writes:
 * text in the four analyzers, keywords and numbers with doc values, and values kept in
 * {@code _source} only.
 */
public final class IndexFields {

  /** The analyzers the plugin registers, and the ICU fallback defines under the same names. */
  public static final String EXACT = "policykb_exact";
  public static final String FOLDED = "policykb_folded";
  public static final String BIGRAMS = "policykb_bigrams";
  public static final String ENGLISH = "policykb_english";

  private enum Kind { TEXT, COUNTED_TEXT, KEYWORD, LONG, DATE, BINARY, STORED }

  private record Field(Kind kind, String analyzer) {}

  private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

  static {
    text(IndexSchema.TITLE, EXACT);
    text(IndexSchema.BODY, EXACT);
    text(IndexSchema.CAPTIONS, EXACT);
    text(IndexSchema.TITLE_FOLDED, FOLDED);
    text(IndexSchema.BODY_FOLDED, FOLDED);
    text(IndexSchema.CAPTIONS_FOLDED, FOLDED);
    text(IndexSchema.QUOTE_TEXT, FOLDED);
    text(IndexSchema.TITLE_EN, ENGLISH);
    text(IndexSchema.BODY_EN, ENGLISH);
    FIELDS.put(IndexSchema.TITLE_BIGRAMS, new Field(Kind.COUNTED_TEXT, BIGRAMS));
    FIELDS.put(IndexSchema.BODY_BIGRAMS, new Field(Kind.COUNTED_TEXT, BIGRAMS));
    for (String keyword : new String[] {IndexSchema.ID, IndexSchema.LANG, IndexSchema.DATELINE, IndexSchema.SOURCE,
        IndexSchema.SOURCE_KEY, IndexSchema.RESOLUTIONS, IndexSchema.REFS, IndexSchema.CITATIONS, IndexSchema.PEOPLE,
        IndexSchema.QUOTE_SPEAKER, IndexSchema.STORY, IndexSchema.TEXT_HASH, IndexSchema.DUPLICATE,
        IndexSchema.DUPLICATE_OF, IndexSchema.GROUP, IndexSchema.NEAR_DUPLICATE_OF, IndexSchema.NEAR_BANDS,
        IndexSchema.CONTENT_HASH, IndexSchema.DATASET_ID, IndexSchema.TRANSLATION}) {
      FIELDS.put(keyword, new Field(Kind.KEYWORD, null));
    }
    FIELDS.put(IndexSchema.DATE_DAYS, new Field(Kind.LONG, null));
    FIELDS.put(IndexSchema.DATE, new Field(Kind.DATE, null));
    FIELDS.put(IndexSchema.NEAR_SIGNATURE, new Field(Kind.BINARY, null));
    for (String stored : new String[] {IndexSchema.KEY, IndexSchema.PATH, IndexSchema.URL, IndexSchema.AUTHOR,
        IndexSchema.SUMMARY, IndexSchema.TRUNCATED, IndexSchema.PEOPLE_JSON, IndexSchema.QUOTES_JSON,
        IndexSchema.STORY_KEYS, IndexSchema.WARC_RECORD, IndexSchema.ORIGIN_KIND, IndexSchema.ORIGIN_LINE,
        IndexSchema.ORIGIN_URL}) {
      FIELDS.put(stored, new Field(Kind.STORED, null));
    }
  }

  private IndexFields() {}

  private static void text(String name, String analyzer) {
    FIELDS.put(name, new Field(Kind.TEXT, analyzer));
  }

  /** The OpenSearch name of a schema field. */
  public static String name(String field) {
    return field.replace('.', '_');
  }

  /** The schema field of an OpenSearch name; null for a name the schema does not have. */
  public static String schemaName(String name) {
    for (String field : FIELDS.keySet()) {
      if (name(field).equals(name)) {
        return field;
      }
    }
    return null;
  }

  /** Whether the field's value is binary (base64 in JSON). */
  public static boolean isBinary(String field) {
    Field f = FIELDS.get(field);
    return f != null && f.kind() == Kind.BINARY;
  }

  /** Whether the field is a number. */
  public static boolean isLong(String field) {
    Field f = FIELDS.get(field);
    return f != null && f.kind() == Kind.LONG;
  }

  /** The {@code properties} of the mapping: every schema field, and nothing else (dynamic: strict). */
  static ObjectNode properties() {
    ObjectNode properties = OpenSearchConnection.JSON.createObjectNode();
    FIELDS.forEach((field, f) -> {
      ObjectNode p = properties.putObject(name(field));
      switch (f.kind()) {
        case TEXT -> p.put("type", "text").put("analyzer", f.analyzer()).put("index_options", "positions");
        case COUNTED_TEXT -> p.put("type", "text").put("analyzer", f.analyzer()).put("index_options", "freqs");
        case KEYWORD -> p.put("type", "keyword");
        case LONG -> p.put("type", "long");
        // the stored string YYYY-MM-DD, as a date: what histograms count by
        case DATE -> p.put("type", "date").put("format", "strict_date");
        case BINARY -> p.put("type", "binary").put("doc_values", true);
        case STORED -> p.put("type", "keyword").put("index", false).put("doc_values", false);
      }
    });
    return properties;
  }
}
