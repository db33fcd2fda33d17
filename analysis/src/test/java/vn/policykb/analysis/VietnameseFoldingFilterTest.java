package vn.policykb.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class VietnameseFoldingFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer whitespaceThenFold() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        return new TokenStreamComponents(tokenizer, new VietnameseFoldingFilter(tokenizer));
      }
    };
  }

  public void testFoldsEveryVowelWithEveryTone() throws Exception {
    try (Analyzer a = whitespaceThenFold()) {
      assertAnalyzesTo(a, "àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ",
          new String[] {"aaaaa", "aaaaa", "aaaaa", "eeeee", "eeeee", "iiiii", "ooooo", "ooooo",
              "ooooo", "uuuuu", "uuuuu", "yyyyy"});
      assertAnalyzesTo(a, "ĂÂĐÊÔƠƯ ăâđêôơư", new String[] {"AADEOOU", "aadeoou"});
    }
  }

  public void testRemovesStrayCombiningMarksAndKeepsOffsets() throws Exception {
    // a token that still carries combining marks (no NFC before this filter)
    try (Analyzer a = whitespaceThenFold()) {
      assertAnalyzesTo(a, "Vie\u0323\u0302t Nam",
          new String[] {"Viet", "Nam"},
          new int[] {0, 7},
          new int[] {6, 10});
    }
  }

  public void testLeavesOtherScriptsAlone() throws Exception {
    try (Analyzer a = whitespaceThenFold()) {
      assertAnalyzesTo(a, "서울 東京 Москва", new String[] {"서울", "東京", "Москва"});
    }
  }
}
