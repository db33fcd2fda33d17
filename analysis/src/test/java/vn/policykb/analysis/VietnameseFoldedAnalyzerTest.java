package vn.policykb.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class VietnameseFoldedAnalyzerTest extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new VietnameseFoldedAnalyzer();
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testRemovesTonesAndVowelMarks() throws Exception {
    assertAnalyzesTo(analyzer, "Tổng Bí thư Tô Lâm",
        new String[] {"tong", "bi", "thu", "to", "lam"},
        new int[] {0, 5, 8, 12, 15},
        new int[] {4, 7, 11, 14, 18});
  }

  public void testDStrokeBecomesD() throws Exception {
    assertAnalyzesTo(analyzer, "Đường đi ĐỔI MỚI",
        new String[] {"duong", "di", "doi", "moi"});
  }

  public void testEthIsReadAsDStroke() throws Exception {
    // U+00D0 (eth) is typed for Đ in some legacy text
    assertAnalyzesTo(analyzer, "\u00D0à Nẵng", new String[] {"da", "nang"});
  }

  public void testDecomposedInputFoldsLikePrecomposedWithOriginalOffsets() throws Exception {
    // "người Việt" with every mark a separate combining character
    String decomposed = "ngu\u031Bo\u031B\u0300i Vie\u0323\u0302t";
    assertAnalyzesTo(analyzer, decomposed,
        new String[] {"nguoi", "viet"},
        new int[] {0, 9},
        new int[] {8, 15});
  }

  public void testPartlyDecomposedInputAsInSeed002() throws Exception {
    // tone marks alone decomposed: ư ơ + U+0300, ê + U+0323
    assertAnalyzesTo(analyzer, "ng\u01B0\u01A1\u0300i Vi\u00EA\u0323t v\u0061\u0300",
        new String[] {"nguoi", "viet", "va"},
        new int[] {0, 7, 13},
        new int[] {6, 12, 16});
  }

  public void testEnglishAndNumbersPassThrough() throws Exception {
    assertAnalyzesTo(analyzer, "Resolution 57 on private-sector growth",
        new String[] {"resolution", "57", "on", "private", "sector", "growth"});
  }

  public void testRandomStrings() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
