package vn.policykb.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class DottedAbbreviationFilterTest extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new DottedAbbreviationFilter(tokenizer));
      }
    };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testDottedAbbreviationGivesItsPartsAndTheJoinedLetters() throws Exception {
    assertAnalyzesTo(analyzer, "ở TP.HCM hôm nay",
        new String[] {"ở", "TP", "TPHCM", "HCM", "hôm", "nay"},
        new int[] {0, 2, 2, 5, 9, 13},
        new int[] {1, 4, 8, 8, 12, 16},
        null,
        new int[] {1, 1, 0, 1, 1, 1},
        new int[] {1, 1, 2, 1, 1, 1});
  }

  public void testPrefixBeforeAnAbbreviationInCapitalsJoinsAcrossDotAndSpace() throws Exception {
    for (String written : new String[] {"TP. HCM", "TP HCM"}) {
      assertAnalyzesTo(analyzer, written,
          new String[] {"TP", "TPHCM", "HCM"},
          new int[] {0, 0, written.length() - 3},
          new int[] {2, written.length(), written.length()},
          null,
          new int[] {1, 0, 1},
          new int[] {1, 2, 1});
    }
  }

  public void testTheJoinedSpellingStaysAsItIs() throws Exception {
    assertAnalyzesTo(analyzer, "TPHCM", new String[] {"TPHCM"});
  }

  public void testAPrefixBeforeAnOrdinaryWordIsLeftAlone() throws Exception {
    assertAnalyzesTo(analyzer, "TP Hà Nội và TP. Huế",
        new String[] {"TP", "Hà", "Nội", "và", "TP", "Huế"},
        new int[] {1, 1, 1, 1, 1, 1});
  }

  public void testATokenReadAheadIsStillCheckedItself() throws Exception {
    // the word after "TP" is not in capitals, but is itself a dotted abbreviation
    assertAnalyzesTo(analyzer, "TP v.v",
        new String[] {"TP", "v", "vv", "v"},
        new int[] {1, 1, 0, 1});
  }

  public void testNumbersWithDotsAreNotAbbreviations() throws Exception {
    assertAnalyzesTo(analyzer, "1.000 người", new String[] {"1.000", "người"});
  }

  public void testRandomStrings() throws Exception {
    checkRandomData(random(), analyzer, 500 * RANDOM_MULTIPLIER);
  }

  public void testRandomAbbreviationLikeStrings() throws Exception {
    String[] words = {"TP", "TP.", "HCM", "Hà", "TX.", "TT", "v.v", "U.S", "a.b.c", "ĐN", "x", "TP.HCM"};
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = 0, n = 1 + random().nextInt(8); j < n; j++) {
        text.append(words[random().nextInt(words.length)]).append(random().nextBoolean() ? " " : "  ");
      }
      checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), text.toString());
    }
  }
}
