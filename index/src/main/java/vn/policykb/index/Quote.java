package vn.policykb.index;

import java.util.Objects;

/**
 * A person's words in an article.
 *
 * @param text the words: for a direct quote what stands between the marks (a quote over several
 *     paragraphs keeps its paragraph breaks), for a reported statement the reported clause
 * @param speaker the canonical name of a registry person, else the speaker's name as the text
 *     writes it, without the title or role it stands with
 * @param speakerId the speaker's id in {@code people.yaml}, or null
 * @param kind direct quote or reported statement
 * @param start offset of the first character of {@code text} in the article body
 * @param end offset after its last character
 * @param paragraph index of the paragraph of the body where the words start, from 0
 * @param role the title or role the text gives the speaker where it quotes them
 *     ({@code Bộ trưởng Bộ Y tế}, {@code Rev.}), or null
 * @param sentence the sentence around the words, with its attribution, as offsets in the body: it
 *     holds {@code [start, end)}
 */
public record Quote(String text, String speaker, String speakerId, QuoteKind kind, int start, int end, int paragraph,
    String role, Sentence sentence) {

  /** Where a sentence is in the body: {@code [start, end)}. */
  public record Sentence(int start, int end) {}

  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(kind, "kind");
    if (role != null && role.isBlank()) {
      role = null;
    }
    // quotes stored before the sentence was kept read with none: their own words are their sentence
    if (sentence == null || sentence.end() < end || sentence.start() > start || sentence.start() < 0) {
      sentence = new Sentence(start, end);
    }
  }

  public Quote(String text, String speaker, String speakerId, QuoteKind kind, int start, int end, int paragraph,
      String role, int sentenceStart, int sentenceEnd) {
    this(text, speaker, speakerId, kind, start, end, paragraph, role, new Sentence(sentenceStart, sentenceEnd));
  }

  /** Words with no role and no sentence beyond themselves. */
  public Quote(String text, String speaker, String speakerId, QuoteKind kind, int start, int end, int paragraph) {
    this(text, speaker, speakerId, kind, start, end, paragraph, null, null);
  }

  /** The same words in paragraph {@code number}. */
  public Quote inParagraph(int number) {
    return new Quote(text, speaker, speakerId, kind, start, end, number, role, sentence);
  }
}
