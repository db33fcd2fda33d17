package vn.policykb.kb;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.policykb.analysis.TextNormalization;

/**
 * A map read from a registry file, with where it is ({@code file}, {@code label}) so that a problem
 * names both. Texts come back in NFC; a missing or malformed field is recorded in {@link Problems}
 * and read as null (or empty).
 */
final class YamlEntry {

  private final String file;
  private final String label;
  private final Map<?, ?> map;
  private final Problems problems;
  private final Set<String> read = new LinkedHashSet<>();

  YamlEntry(String file, String label, Map<?, ?> map, Problems problems) {
    this.file = file;
    this.label = label;
    this.map = map;
    this.problems = problems;
  }

  String file() {
    return file;
  }

  String label() {
    return label;
  }

  void problem(String text) {
    problems.add(file, label, text);
  }

  boolean has(String key) {
    return map.get(key) != null;
  }

  /** A text field that must be present and not blank. */
  String required(String key) {
    String value = optional(key);
    if (value == null && !hasMalformed(key)) {
      problem("missing required field '" + key + "'");
    }
    return value;
  }

  /** A text field that may be left out; blank reads as null. */
  String optional(String key) {
    read.add(key);
    Object value = map.get(key);
    if (value == null) {
      return null;
    }
    String text = scalar(value);
    if (text == null) {
      problem("field '" + key + "' must be a text, not " + describe(value));
      return null;
    }
    return text.isBlank() ? null : text.strip();
  }

  private boolean hasMalformed(String key) {
    Object value = map.get(key);
    return value != null && scalar(value) == null;
  }

  /** A list of texts; a missing field is an empty list, a single text a list of one. */
  List<String> texts(String key) {
    read.add(key);
    Object value = map.get(key);
    List<String> texts = new ArrayList<>();
    if (value == null) {
      return texts;
    }
    List<?> items = value instanceof List<?> list ? list : List.of(value);
    for (int i = 0; i < items.size(); i++) {
      String text = items.get(i) == null ? null : scalar(items.get(i));
      if (text == null || text.isBlank()) {
        problem("item " + (i + 1) + " of '" + key + "' must be a non-empty text");
      } else {
        texts.add(text.strip());
      }
    }
    return texts;
  }

  /** A nested map; null (with a problem when {@code required}) if missing. */
  YamlEntry child(String key, boolean required) {
    read.add(key);
    Object value = map.get(key);
    if (value == null) {
      if (required) {
        problem("missing required field '" + key + "'");
      }
      return null;
    }
    if (!(value instanceof Map<?, ?> child)) {
      problem("field '" + key + "' must be a map, not " + describe(value));
      return null;
    }
    return new YamlEntry(file, label + " > " + key, child, problems);
  }

  /** A list of maps, each labelled {@code key[i]}; a missing field is an empty list. */
  List<YamlEntry> children(String key) {
    read.add(key);
    Object value = map.get(key);
    List<YamlEntry> children = new ArrayList<>();
    if (value == null) {
      return children;
    }
    if (!(value instanceof List<?> list)) {
      problem("field '" + key + "' must be a list, not " + describe(value));
      return children;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Map<?, ?> child) {
        children.add(new YamlEntry(file, label + " > " + key + "[" + i + "]", child, problems));
      } else {
        problem("item " + (i + 1) + " of '" + key + "' must be a map, not " + describe(list.get(i)));
      }
    }
    return children;
  }

  /** Records every field that none of the reads above asked for (a misspelt field name). */
  void rejectUnknownFields() {
    for (Object key : map.keySet()) {
      if (!read.contains(String.valueOf(key))) {
        problem("unknown field '" + key + "'");
      }
    }
  }

  private static String scalar(Object value) {
    return switch (value) {
      case String text -> TextNormalization.nfc(text);
      case Number number -> number.toString();
      case Boolean bool -> bool.toString();
      // an unquoted YAML date
      case Date date -> date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
      default -> null;
    };
  }

  static String describe(Object value) {
    return switch (value) {
      case null -> "nothing";
      case Map<?, ?> ignored -> "a map";
      case List<?> ignored -> "a list";
      default -> "'" + value + "'";
    };
  }
}
