package vn.policykb.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class VietnameseExactAnalyzerTest extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new VietnameseExactAnalyzer();
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testKeepsDiacriticsAndLowerCases() throws Exception {
    assertAnalyzesTo(analyzer, "Đổi mới SÁNG TẠO",
        new String[] {"đổi", "mới", "sáng", "tạo"},
        new int[] {0, 4, 8, 13},
        new int[] {3, 7, 12, 16});
  }

  public void testDecomposedInputComesOutPrecomposed() throws Exception {
    String decomposed = "ngu\u031Bo\u031B\u0300i Vie\u0323\u0302t";
    assertAnalyzesTo(analyzer, decomposed,
        new String[] {"người", "việt"},
        new int[] {0, 9},
        new int[] {8, 15});
  }

  public void testPartlyDecomposedInputAsInSeed002() throws Exception {
    assertAnalyzesTo(analyzer, "ng\u01B0\u01A1\u0300i Vi\u00EA\u0323t",
        new String[] {"người", "việt"},
        new int[] {0, 7},
        new int[] {6, 12});
  }

  public void testVietnameseSyllablesThatAreEnglishWordsStay() throws Exception {
    // no stopwords here: "to", "an", "the" are Vietnamese syllables
    assertAnalyzesTo(analyzer, "To Lam an ninh an toan the",
        new String[] {"to", "lam", "an", "ninh", "an", "toan", "the"});
  }

  public void testRandomStrings() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
