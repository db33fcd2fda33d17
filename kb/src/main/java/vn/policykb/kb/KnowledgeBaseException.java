package vn.policykb.kb;

import java.util.List;

/**
 * The registries could not be read or are invalid. The message lists every problem, each as
 * {@code file: entry: problem}.
 */
public class KnowledgeBaseException extends RuntimeException {

  private final List<String> problems;

  public KnowledgeBaseException(List<String> problems) {
    super(problems.size() == 1
        ? "invalid knowledge base: " + problems.getFirst()
        : "invalid knowledge base, " + problems.size() + " problems:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
