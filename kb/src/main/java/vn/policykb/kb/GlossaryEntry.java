package vn.policykb.kb;

import java.util.List;

/**
 * One concept of {@code glossary.tsv}: its English and Vietnamese terms (synonyms, the preferred
 * one first), the topics it belongs to ({@code 57}, {@code 59}, {@code 66}, {@code 68} or
 * {@code general}), and the line it is on.
 */
public record GlossaryEntry(int line, List<String> en, List<String> vi, List<String> topics) {

  public GlossaryEntry {
    en = List.copyOf(en);
    vi = List.copyOf(vi);
    topics = List.copyOf(topics);
  }

  public String preferredEn() {
    return en.getFirst();
  }

  public String preferredVi() {
    return vi.getFirst();
  }
}
