package vn.policykb.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.policykb.analysis.TextNormalization;

/**
 * Reads {@code glossary.tsv}: a header {@code en<TAB>vi<TAB>topics}, then one concept a line, the
 * terms of a column separated by {@code |}. Blank lines and lines starting with {@code #} are
 * skipped; a problem names its line. A term may stand on one line only of each language, else a
 * lookup would have to pick one concept for it.
 */
final class GlossaryFile {

  static final String NAME = "glossary.tsv";

  private static final String HEADER = "en\tvi\ttopics";
  private static final Set<String> TOPICS = Set.of("57", "59", "66", "68", "general");

  private final Problems problems;
  private final Map<String, String> english = new HashMap<>();
  private final Map<String, String> vietnamese = new HashMap<>();

  private GlossaryFile(Problems problems) {
    this.problems = problems;
  }

  /** The valid lines; each problem goes to {@code problems}. */
  static List<GlossaryEntry> read(String text, Problems problems) {
    return new GlossaryFile(problems).entries(text);
  }

  private List<GlossaryEntry> entries(String text) {
    List<GlossaryEntry> entries = new ArrayList<>();
    String[] lines = TextNormalization.nfc(text).split("\r?\n", -1);
    boolean header = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = "line " + (i + 1);
      if (!header) {
        header = true;
        if (!line.strip().equals(HEADER)) {
          problems.add(NAME, where, "the header must be 'en<TAB>vi<TAB>topics', not '" + line + "'");
        }
        continue;
      }
      GlossaryEntry entry = entry(line, i + 1, where);
      if (entry != null) {
        entries.add(entry);
      }
    }
    if (!header) {
      problems.add(NAME, null, "no header line 'en<TAB>vi<TAB>topics'");
    }
    return entries;
  }

  private GlossaryEntry entry(String line, int number, String where) {
    String[] columns = line.split("\t", -1);
    if (columns.length != 3) {
      problems.add(NAME, where, "expected 3 tab-separated columns (en, vi, topics), found " + columns.length);
      return null;
    }
    List<String> en = terms(columns[0], "en", where);
    List<String> vi = terms(columns[1], "vi", where);
    List<String> topics = terms(columns[2], "topics", where);
    for (String topic : topics) {
      if (!TOPICS.contains(topic)) {
        problems.add(NAME, where, "unknown topic '" + topic + "' (expected one of 57, 59, 66, 68, general)");
      }
    }
    claim(en, "English", english, where);
    claim(vi, "Vietnamese", vietnamese, where);
    return en.isEmpty() || vi.isEmpty() ? null : new GlossaryEntry(number, en, vi, topics);
  }

  private List<String> terms(String column, String name, String where) {
    List<String> terms = new ArrayList<>();
    if (column.isBlank()) {
      problems.add(NAME, where, "missing required column '" + name + "'");
      return terms;
    }
    for (String term : column.split("\\|", -1)) {
      if (term.isBlank()) {
        problems.add(NAME, where, "empty term in column '" + name + "' (a stray '|'?)");
      } else {
        terms.add(term.strip());
      }
    }
    return terms;
  }

  /** Records each term of a line as taken; a term repeated on its own line is no conflict. */
  private void claim(List<String> terms, String language, Map<String, String> claimed, String where) {
    Map<String, String> own = new HashMap<>();
    for (String term : terms) {
      String key = LookupKey.of(term);
      if (own.putIfAbsent(key, term) != null) {
        continue;
      }
      String previous = claimed.putIfAbsent(key, where + " ('" + term + "')");
      if (previous != null) {
        problems.add(NAME, where, language + " term '" + term + "' is already on " + previous);
      }
    }
  }
}
