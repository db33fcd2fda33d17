package vn.policykb.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.ArrayUtil;
import vn.policykb.analysis.VietnameseFolding;

/**
 * The terms a query looks for in the fields of one text ({@code body}, {@code body.folded},
 * {@code body.en}), and which of the forms a written word takes in those fields are among them: a
 * word of the text is marked when its spelling, its folded form or its English stem is one the
 * query has, whichever field the term came from.
 */
final class QueriedForms {

  private final CharArraySet terms = new CharArraySet(16, false);
  /** The first two letters of the terms, to stem only the words that may stem to one of them. */
  private final CharArraySet stemPrefixes = new CharArraySet(16, false);
  /** The folded word being looked up: most words are not the query's, and cost no string. */
  private char[] folded = new char[32];
  private final boolean english;
  private final OneTerm stemInput = new OneTerm();
  private final TokenStream stemmer = new PorterStemFilter(new EnglishPossessiveFilter(stemInput));
  private final CharTermAttribute stemmed = stemmer.getAttribute(CharTermAttribute.class);

  /**
   * @param fields the fields whose terms count
   * @param english whether the text is English, so that stemmed terms match it
   */
  QueriedForms(Query query, Set<String> fields, boolean english) {
    this.english = english;
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return fields.contains(field);
      }

      @Override
      public void consumeTerms(Query q, Term... found) {
        for (Term term : found) {
          if (fields.contains(term.field())) {
            terms.add(term.text());
          }
        }
      }
    });
    for (Object term : terms) {
      char[] chars = (char[]) term;
      stemPrefixes.add(new String(chars, 0, Math.min(2, chars.length)));
    }
  }

  /**
   * Adds to {@code out} the forms of one analysed word (lower case, normalized, tone placed) that
   * the query has, at most three: the word, its folded form, its stem.
   */
  void formsOf(char[] word, int length, Set<String> out) throws IOException {
    if (terms.contains(word, 0, length)) {
      out.add(new String(word, 0, length));
    }
    if (folded.length < length) {
      folded = new char[ArrayUtil.oversize(length, Character.BYTES)];
    }
    System.arraycopy(word, 0, folded, 0, length);
    int foldedLength = VietnameseFolding.fold(folded, length);
    if (terms.contains(folded, 0, foldedLength)) {
      out.add(new String(folded, 0, foldedLength));
    }
    if (english && foldedLength > 2 && stemPrefixes.contains(folded, 0, 2)) {
      String stem = stem(new String(folded, 0, foldedLength));
      if (terms.contains(stem)) {
        out.add(stem);
      }
    }
  }

  /** The stem the English field indexes for a folded word: possessive dropped, then Porter's. */
  private String stem(String folded) throws IOException {
    stemInput.set(folded);
    stemmer.reset();
    String stem = stemmer.incrementToken() ? stemmed.toString() : folded;
    stemmer.end();
    stemmer.close();
    return stem;
  }

  /** A stream of the one term it was last given. */
  private static final class OneTerm extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private String next;

    void set(String text) {
      next = text;
    }

    @Override
    public boolean incrementToken() {
      if (next == null) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(next);
      next = null;
      return true;
    }
  }
}
