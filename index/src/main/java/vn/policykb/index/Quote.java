package vn.policykb.index;

import java.util.Objects;

/**
 * A person's words in an article.
 *
 * @param text the words: for a direct quote what stands between the marks (a quote over several
 *     paragraphs keeps its paragraph breaks), for a reported statement the reported clause
 * @param speaker the canonical name of a registry person, else the speaker as the text names them
 * @param speakerId the speaker's id in {@code people.yaml}, or null
 * @param kind direct quote or reported statement
 * @param start offset of the first character of {@code text} in the article body
 * @param end offset after its last character
 * @param paragraph index of the paragraph of the body where the words start, from 0
 */
public record Quote(String text, String speaker, String speakerId, QuoteKind kind, int start, int end, int paragraph) {

  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(kind, "kind");
  }
}
