package vn.policykb.ingest.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;

/**
 * What binding a sources file meets that it cannot bind: an unknown key, a value of the wrong
 * type. Each is noted at its node and binding goes on without the value, so that one reading
 * lists them all. One instance per reading.
 */
final class BindingProblems extends DeserializationProblemHandler {

  /**
   * @param at the node
   * @param keyed whether the message is about the value of the key {@code at} ends with
   */
  record Found(JsonPointer at, boolean keyed, String message) {}

  private final List<Found> found = new ArrayList<>();

  List<Found> found() {
    return List.copyOf(found);
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) {
    TreeSet<String> known = new TreeSet<>();
    deserializer.getKnownPropertyNames().forEach(name -> known.add(String.valueOf(name)));
    found.add(new Found(unknownAt(ctxt.getParser(), p, propertyName), false, "unknown key '" + propertyName + "' (known: " + String.join(", ", known) + ")"));
    p.skipChildren();
    return true;
  }

  @Override
  public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
      String failureMsg) {
    found.add(new Found(at(p), true, expected(targetType.getRawClass())));
    p.skipChildren();
    return null;
  }

  @Override
  public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
      String failureMsg) {
    found.add(new Found(at(ctxt.getParser()), true, "'" + valueToConvert + "' " + expected(targetType)));
    return null;
  }

  @Override
  public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
      String failureMsg) {
    found.add(new Found(at(ctxt.getParser()), true, valueToConvert + " " + expected(targetType)));
    return null;
  }

  @Override
  public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
      ValueInstantiator valueInsts, JsonParser p, String msg) {
    found.add(new Found(at(p), true, expected(instClass)));
    p.skipChildren();
    return null;
  }

  /**
   * A record's unknown keys are met once the whole mapping is read, from a buffer: the parser
   * reading the file is then at the mapping's end, and the key is one of that mapping's.
   */
  private static JsonPointer unknownAt(JsonParser reading, JsonParser buffered, String key) {
    TokenStreamContext context = reading.streamReadContext();
    if (reading.currentToken() == JsonToken.END_OBJECT) {
      return context.pathAsPointer().appendProperty(key);
    }
    return at(buffered);
  }

  private static JsonPointer at(JsonParser p) {
    return p.streamReadContext().pathAsPointer();
  }

  private static String expected(Class<?> type) {
    if (type == SourcesDocument.class) {
      return "expected a mapping with a 'sources' list";
    }
    if (type == SourceEntry.class) {
      return SourcesDocument.NOT_A_SOURCE;
    }
    if (type == Integer.class || type == int.class) {
      return "is not a whole number";
    }
    if (List.class.isAssignableFrom(type)) {
      return "expected a list of strings";
    }
    if (type == String.class) {
      return "expected a single value, not a list or a mapping";
    }
    return "expected a mapping";
  }
}
