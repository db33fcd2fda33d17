package vn.policykb.kb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** The fields that several registry files share: the id, aliases, the evidence, a fact, a date. */
final class RegistryFields {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private RegistryFields() {}

  /** The required {@code id}, which must be a slug. */
  static String id(YamlEntry entry) {
    String id = entry.required("id");
    if (id != null && !SLUG.matcher(id).matches()) {
      entry.problem("id '" + id + "' must be a slug: lower-case letters and digits joined by '-'");
    }
    return id;
  }

  /** A map of {@code en} and {@code vi} names; none when the field is left out. */
  static Aliases aliases(YamlEntry entry, String key) {
    YamlEntry aliases = entry.child(key, false);
    if (aliases == null) {
      return new Aliases(List.of(), List.of());
    }
    Aliases result = new Aliases(aliases.texts("en"), aliases.texts("vi"));
    aliases.rejectUnknownFields();
    return result;
  }

  /** A map of an {@code en} and an optional {@code vi} text; null if missing or without {@code en}. */
  static Bilingual bilingual(YamlEntry entry, String key) {
    YamlEntry child = entry.child(key, true);
    if (child == null) {
      return null;
    }
    Bilingual texts = new Bilingual(child.required("en"), child.optional("vi"));
    child.rejectUnknownFields();
    return texts.en() == null ? null : texts;
  }

  /** A fact: a map with value, status, source, quote and note. */
  static Fact fact(YamlEntry parent, String key, boolean required) {
    YamlEntry entry = parent.child(key, required);
    if (entry == null) {
      return null;
    }
    String value = entry.required("value");
    Citation citation = citation(entry);
    entry.rejectUnknownFields();
    return value == null || citation == null ? null : new Fact(value, citation);
  }

  /** Reports a fact whose value is not a date written YYYY-MM-DD. */
  static void checkDate(YamlEntry entry, String key, Fact date) {
    if (date == null) {
      return;
    }
    try {
      LocalDate.parse(date.value());
    } catch (DateTimeParseException e) {
      entry.problem("'" + key + "' must be a date written YYYY-MM-DD, not '" + date.value() + "'");
    }
  }

  /**
   * The status, source, quote and note fields of an entry. A verified citation must name the
   * bundled article and quote it, so that a test can find the words there; an unverified one has
   * neither, so that it cannot pass for checked.
   */
  static Citation citation(YamlEntry entry) {
    String status = entry.required("status");
    String source = entry.optional("source");
    String quote = entry.optional("quote");
    String note = entry.optional("note");
    if (status == null) {
      return null;
    }
    Citation.Status parsed;
    switch (status) {
      case "verified" -> {
        parsed = Citation.Status.VERIFIED;
        if (source == null) {
          entry.problem("status is verified but no 'source' names the bundled article");
        } else if (source.contains("/") || source.contains("\\")) {
          entry.problem("'source' must be a file name in corpus/articles/, not a path: '" + source + "'");
        }
        if (quote == null) {
          entry.problem("status is verified but no 'quote' gives the article's words");
        }
      }
      case "unverified" -> {
        parsed = Citation.Status.UNVERIFIED;
        if (source != null || quote != null) {
          entry.problem("status is unverified but a 'source' or 'quote' is given (mark it verified, or drop them)");
        }
      }
      default -> {
        entry.problem("status must be 'verified' or 'unverified', not '" + status + "'");
        return null;
      }
    }
    return new Citation(parsed, source, quote, note);
  }
}
