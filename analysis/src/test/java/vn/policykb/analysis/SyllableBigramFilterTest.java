package vn.policykb.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import java.util.List;

public class SyllableBigramFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer bigrams(boolean dropStopwords) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
        var stream = dropStopwords
            ? new StopFilter(tokenizer, new CharArraySet(List.of("of"), false)) : (org.apache.lucene.analysis.TokenStream) tokenizer;
        return new TokenStreamComponents(tokenizer, new SyllableBigramFilter(stream));
      }
    };
  }

  public void testPairsAdjacentSyllablesWithTheirSpan() throws Exception {
    assertAnalyzesTo(bigrams(false), "kinh te tu nhan",
        new String[] {"kinh te", "te tu", "tu nhan"},
        new int[] {0, 5, 8}, new int[] {7, 10, 15}, new int[] {1, 1, 1});
  }

  public void testATokenStackedOnAnotherIsPassedOver() throws Exception {
    Analyzer abbreviations = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new SyllableBigramFilter(new DottedAbbreviationFilter(tokenizer)));
      }
    };
    assertAnalyzesTo(abbreviations, "ở TP.HCM nay",
        new String[] {"ở TP", "TP HCM", "HCM nay"},
        new int[] {0, 2, 5}, new int[] {4, 8, 12}, new int[] {1, 1, 1});
  }

  public void testOneSyllableYieldsNothing() throws Exception {
    assertAnalyzesTo(bigrams(false), "nhan", new String[0]);
    assertAnalyzesTo(bigrams(false), "", new String[0]);
  }

  public void testAGapIsNotBridged() throws Exception {
    assertAnalyzesTo(bigrams(true), "ministry of finance policy",
        new String[] {"finance policy"}, new int[] {12}, new int[] {26}, new int[] {3});
  }

  public void testLongSyllablesGrowTheBuffers() throws Exception {
    String a = "a".repeat(40);
    String b = "b".repeat(50);
    assertAnalyzesTo(bigrams(false), a + " " + b + " c", new String[] {a + " " + b, b + " c"});
  }

  public void testTheFoldedAnalyzerPairsFoldedSyllables() throws Exception {
    assertAnalyzesTo(new VietnameseSyllableBigramAnalyzer(), "Kinh tế tư nhân",
        new String[] {"kinh te", "te tu", "tu nhan"}, new int[] {0, 5, 8}, new int[] {7, 10, 15});
  }

  public void testRandomText() throws Exception {
    checkRandomData(random(), new VietnameseSyllableBigramAnalyzer(), 200);
  }
}
