package vn.policykb.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class VietnameseNormalizationFilterTest extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        return new TokenStreamComponents(tokenizer, new VietnameseNormalizationFilter(tokenizer));
      }
    };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testMarksInAnyOrderComposeToOneLetter() throws Exception {
    assertAnalyzesTo(analyzer, "Vie\u0323\u0302t Viê\u0323t Vie\u0302\u0323t Việt",
        new String[] {"Việt", "Việt", "Việt", "Việt"},
        new int[] {0, 7, 13, 20},
        new int[] {6, 12, 19, 24});
  }

  public void testToneTypedBeforeTheShapeMarkStillComposes() throws Exception {
    // acute and circumflex share a combining class: NFC alone would leave é + U+0302
    assertAnalyzesTo(analyzer, "nhe\u0301\u0302t", new String[] {"nhết"});
  }

  public void testDeprecatedToneMarksBecomeTheCurrentOnes() throws Exception {
    // U+0340 and U+0341 are the old grave and acute tone marks
    assertAnalyzesTo(analyzer, "ho\u0340a co\u0341", new String[] {"hòa", "có"});
  }

  public void testEthIsDStroke() throws Exception {
    assertAnalyzesTo(analyzer, "\u00D0ảng \u00F0ổi", new String[] {"Đảng", "đổi"});
  }

  public void testInvisibleCharactersAreDropped() throws Exception {
    assertAnalyzesTo(analyzer, "Việt\u200BNam kinh\u00ADtế \uFEFFHà",
        new String[] {"ViệtNam", "kinhtế", "Hà"},
        new int[] {0, 9, 17},
        new int[] {8, 16, 20});
  }

  public void testTypographicApostropheIsPlain() throws Exception {
    assertAnalyzesTo(analyzer, "Nam’s Korea‘s", new String[] {"Nam's", "Korea's"});
  }

  public void testNormalTextIsUntouched() throws Exception {
    assertAnalyzesTo(analyzer, "Đổi mới sáng tạo 2025", new String[] {"Đổi", "mới", "sáng", "tạo", "2025"});
  }
}
