package vn.policykb.index;

import java.util.List;

/**
 * A person an article names, with every place it names them.
 *
 * @param id the registry id, or null for a person not in {@code people.yaml}
 * @param name the canonical name, else the fullest name the article writes
 * @param mentions character offsets {@code [start, end)} of each mention in the body
 */
public record MentionedPerson(String id, String name, List<Span> mentions) {

  public MentionedPerson {
    mentions = List.copyOf(mentions);
  }

  /** Offsets of a mention in the body. */
  public record Span(int start, int end) {}
}
