package vn.policykb.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The top of a YAML registry file: a map of named sections, each a list of entries. Each entry is
 * labelled by its id and position ({@code 'cpv' (bodies #1)}) so that a problem says which it is.
 */
final class YamlSections {

  private final String file;
  private final Map<?, ?> root;
  private final Problems problems;

  private YamlSections(String file, Map<?, ?> root, Problems problems) {
    this.file = file;
    this.root = root;
    this.problems = problems;
  }

  /**
   * Parses {@code text}, which may hold only {@code sections}; empty, with a problem, if it is not
   * YAML or not a map. Duplicate keys are rejected: the second would silently win.
   */
  static Optional<YamlSections> parse(String file, String text, Problems problems, String... sections) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Object root;
    try {
      root = new Yaml(new SafeConstructor(options)).load(text);
    } catch (YAMLException e) {
      problems.add(file, null, "not valid YAML: " + e.getMessage().replace('\n', ' '));
      return Optional.empty();
    }
    if (!(root instanceof Map<?, ?> map)) {
      problems.add(file, null, "must be a map with " + String.join(" and ", sections) + ", not " + YamlEntry.describe(root));
      return Optional.empty();
    }
    List<String> known = List.of(sections);
    for (Object key : map.keySet()) {
      if (!known.contains(String.valueOf(key))) {
        problems.add(file, null, "unknown section '" + key + "' (expected " + String.join(", ", sections) + ")");
      }
    }
    return Optional.of(new YamlSections(file, map, problems));
  }

  /** The entries of {@code section}; those that are not maps are reported and left out. */
  List<YamlEntry> entries(String section) {
    Object value = root.get(section);
    List<YamlEntry> entries = new ArrayList<>();
    if (value == null) {
      problems.add(file, null, "missing section '" + section + "'");
      return entries;
    }
    if (!(value instanceof List<?> list)) {
      problems.add(file, null, "section '" + section + "' must be a list of entries");
      return entries;
    }
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      String label = section + " #" + (i + 1);
      if (item instanceof Map<?, ?> map) {
        Object id = map.get("id");
        entries.add(new YamlEntry(file, id == null ? label + " (no id)" : "'" + id + "' (" + label + ")", map, problems));
      } else {
        problems.add(file, label, "must be a map, not " + YamlEntry.describe(item));
      }
    }
    return entries;
  }
}
