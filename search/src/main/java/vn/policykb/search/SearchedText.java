package vn.policykb.search;

import java.util.List;
import vn.policykb.index.IndexSchema;

/**
 * One text of a document as a query reads it, in each of its analysed fields, and what a match in
 * it weighs beside a match in the body: the title says more of what an article is about, a photo
 * caption less. Every clause of a query takes its fields and weights from here.
 *
 * @param exact the field with the diacritics as written
 * @param folded the field without them
 * @param english the stemmed field English documents fill, or null where there is none
 * @param bigrams the field of adjacent syllable pairs, or null where there is none
 * @param weight of a match in this text, the body's being 1
 */
record SearchedText(String exact, String folded, String english, String bigrams, float weight) {

  static final SearchedText BODY = new SearchedText(
      IndexSchema.BODY, IndexSchema.BODY_FOLDED, IndexSchema.BODY_EN, IndexSchema.BODY_BIGRAMS, 1.0f);
  static final SearchedText TITLE = new SearchedText(
      IndexSchema.TITLE, IndexSchema.TITLE_FOLDED, IndexSchema.TITLE_EN, IndexSchema.TITLE_BIGRAMS, 2.0f);
  static final SearchedText CAPTIONS = new SearchedText(
      IndexSchema.CAPTIONS, IndexSchema.CAPTIONS_FOLDED, null, null, 0.5f);

  /** Where a word is looked for. */
  static final List<SearchedText> ALL = List.of(BODY, TITLE, CAPTIONS);

  /** Where a word excluded with {@code -word} removes a document: a caption alone does not. */
  static final List<SearchedText> EXCLUDING = List.of(BODY, TITLE);
}
