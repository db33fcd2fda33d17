package vn.policykb.opensearch;

import java.util.Base64;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.policykb.index.IndexSchema;

/**
 * A document as the pipeline builds it (a Lucene {@link Document}) as an OpenSearch {@code _source},
 * and back: the product's readers take the stored values of a Lucene document, so a hit's source is
 * handed to them as one.
 */
final class SourceDocuments {

  private SourceDocuments() {}

  /**
   * The source of a document: each field's values under its OpenSearch name, one value per field
   * as written (a doc-values twin of an indexed field adds nothing).
   */
  static ObjectNode toSource(Document document) {
    ObjectNode source = OpenSearchConnection.JSON.createObjectNode();
    for (IndexableField field : document.getFields()) {
      Object value = value(field);
      if (value == null) {
        continue;
      }
      String name = IndexFields.name(field.name());
      JsonNode existing = source.get(name);
      JsonNode added = value instanceof Number n ? source.numberNode(n.longValue()) : source.stringNode((String) value);
      if (existing == null) {
        source.set(name, added);
      } else if (existing.isArray()) {
        ((ArrayNode) existing).add(added);
      } else {
        ArrayNode values = source.arrayNode().add(existing).add(added);
        source.set(name, values);
      }
    }
    return source;
  }

  /** What the field holds for the source; null for a twin that repeats another field's value. */
  private static Object value(IndexableField field) {
    var type = field.fieldType();
    boolean docValuesOnly = type.indexOptions() == IndexOptions.NONE && !type.stored() && type.pointDimensionCount() == 0;
    if (docValuesOnly) {
      return switch (type.docValuesType()) {
        case NUMERIC -> field.numericValue();
        case BINARY -> {
          BytesRef bytes = field.binaryValue();
          yield IndexSchema.TRANSLATION.equals(field.name())
              ? bytes.utf8ToString()
              : Base64.getEncoder().encodeToString(BytesRef.deepCopyOf(bytes).bytes);
        }
        // the twin of a keyword: the keyword is the value
        default -> null;
      };
    }
    if (type.pointDimensionCount() > 0 && type.indexOptions() == IndexOptions.NONE && !type.stored()) {
      // the point of a number whose doc values give it
      return null;
    }
    if (field.stringValue() != null) {
      return field.stringValue();
    }
    if (field.numericValue() != null) {
      return field.numericValue();
    }
    BytesRef bytes = field.binaryValue();
    return bytes == null ? null : Base64.getEncoder().encodeToString(BytesRef.deepCopyOf(bytes).bytes);
  }

  /** A source as a document of stored fields, under the schema's names. */
  static Document fromSource(JsonNode source) {
    Document document = new Document();
    for (Map.Entry<String, JsonNode> entry : source.properties()) {
      String field = IndexFields.schemaName(entry.getKey());
      if (field == null) {
        continue;
      }
      JsonNode value = entry.getValue();
      if (value.isArray()) {
        value.forEach(v -> add(document, field, v));
      } else {
        add(document, field, value);
      }
    }
    return document;
  }

  private static void add(Document document, String field, JsonNode value) {
    if (IndexFields.isBinary(field)) {
      document.add(new StoredField(field, new BytesRef(Base64.getDecoder().decode(value.asString()))));
    } else if (value.isNumber()) {
      document.add(new StoredField(field, value.asLong()));
    } else {
      document.add(new StoredField(field, value.asString()));
    }
  }
}
