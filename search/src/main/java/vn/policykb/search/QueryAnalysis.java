package vn.policykb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/** What the index's analysis makes of the text of a query, field by field. */
final class QueryAnalysis {

  private final Analyzer analyzer;
  private final Analyzer asWritten;
  private final QueryBuilder phrases;

  QueryAnalysis(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.asWritten = new AsWrittenAnalyzer(analyzer);
    this.phrases = new QueryBuilder(asWritten);
  }

  /** The text's terms along the text as written: a form stacked on another is left out. */
  List<String> tokens(String field, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = asWritten.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return tokens;
  }

  /** The forms analysis stacks on the text's terms ({@code TPHCM} over {@code TP.HCM}). */
  List<String> stacked(String field, String text) {
    List<String> stacked = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      boolean first = true;
      while (stream.incrementToken()) {
        if (!first && increment.getPositionIncrement() == 0 && term.length() > 0) {
          stacked.add(term.toString());
        }
        first = false;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return stacked;
  }

  /**
   * The text's written terms in the field as one phrase, each at its analysed position, so that a
   * removed stopword leaves its gap ({@code Ministry of Finance} is not {@code Ministry Finance});
   * one term is a term query; null when analysis leaves nothing.
   */
  Query phrase(String field, String text) {
    return phrases.createPhraseQuery(field, text);
  }
}
