package vn.policykb.kb;

import java.util.ArrayList;
import java.util.List;

/** The problems found while loading, each as {@code file: entry: problem}. */
final class Problems {

  private final List<String> problems = new ArrayList<>();

  void add(String file, String entry, String problem) {
    problems.add(entry == null ? file + ": " + problem : file + ": " + entry + ": " + problem);
  }

  /** Every problem so far, in the order found. */
  List<String> all() {
    return List.copyOf(problems);
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new KnowledgeBaseException(problems);
    }
  }
}
