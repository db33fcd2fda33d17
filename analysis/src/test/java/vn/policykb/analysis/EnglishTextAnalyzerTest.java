package vn.policykb.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class EnglishTextAnalyzerTest extends BaseTokenStreamTestCase {

  public void testStemsAndDropsStopwords() throws Exception {
    try (Analyzer analyzer = new EnglishTextAnalyzer()) {
      assertAnalyzesTo(analyzer, "The Party chief’s resolutions on developing the private sector",
          new String[] {"parti", "chief", "resolut", "develop", "privat", "sector"});
    }
  }

  public void testFoldsNamesWrittenWithDiacritics() throws Exception {
    try (Analyzer analyzer = new EnglishTextAnalyzer()) {
      assertAnalyzesTo(analyzer, "Tô Lâm visited Việt Nam", new String[] {"to", "lam", "visit", "viet", "nam"});
    }
  }
}
