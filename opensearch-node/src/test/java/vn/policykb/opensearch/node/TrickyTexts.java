package vn.policykb.opensearch.node;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import vn.policykb.analysis.EnglishTextAnalyzer;
import vn.policykb.analysis.VietnameseExactAnalyzer;
import vn.policykb.analysis.VietnameseFoldedAnalyzer;
import vn.policykb.analysis.VietnameseSyllableBigramAnalyzer;

/** The inputs on which Vietnamese analysis goes wrong most easily, each under a short label. */
final class TrickyTexts {

  private TrickyTexts() {}

  /** The four analyzer names a mapping uses, and the project's analyzer each stands for. */
  static final Map<String, Supplier<Analyzer>> ANALYZERS = new LinkedHashMap<>();
  static {
    ANALYZERS.put("policykb_exact", VietnameseExactAnalyzer::new);
    ANALYZERS.put("policykb_folded", VietnameseFoldedAnalyzer::new);
    ANALYZERS.put("policykb_bigrams", VietnameseSyllableBigramAnalyzer::new);
    ANALYZERS.put("policykb_english", EnglishTextAnalyzer::new);
  }

  static final Map<String, String> TEXTS = new LinkedHashMap<>();
  static {
    TEXTS.put("old tone placement", "Hoà bình, thuỷ lợi, khoẻ mạnh, mùa hoà giải");
    TEXTS.put("new tone placement", "Hòa bình, thủy lợi, khỏe mạnh, mùa hòa giải");
    TEXTS.put("tone on the wrong vowel", "hòan thành, qúy khách, vịêt");
    TEXTS.put("qu and gi", "quý vị, quả, già, giữa, gìn giữ");
    TEXTS.put("decomposed (NFD)", "To\u0302 La\u0302m tho\u031B\u0300i ky\u0300 Vie\u0323\u0302t Nam");
    TEXTS.put("marks typed out of order", "Vie\u0301\u0302t Nam, ngu\u031B\u0300\u0301i");
    TEXTS.put("eth for d-stroke", "Ðường Ðà Nẵng ðã Đổi mới");
    TEXTS.put("legacy VNI bytes", "Vieät Nam ñoåi môùi");
    TEXTS.put("legacy TCVN3 bytes", "ViÖt Nam ®æi míi");
    TEXTS.put("legal numbers", "Nghị quyết 57-NQ/TW và Nghị định 13/2023/NĐ-CP, Quyết định 1131/QĐ-TTg");
    TEXTS.put("dotted abbreviations", "T.Ư, TP.HCM, TP. HCM, TP HCM, TPHCM, v.v.");
    TEXTS.put("English words in Vietnamese", "Tô Lâm đến An Giang, to an the");
    TEXTS.put("invisible characters", "Hà\u200BNội, Quốc\u00ADhội, Chính\u200Dphủ");
    TEXTS.put("numbers", "1.000.000 đồng, 3,5%, 2.5km, năm 2023");
    TEXTS.put("capitals", "ĐẢNG CỘNG SẢN VIỆT NAM");
    TEXTS.put("English text", "The Ministry’s policies on Vietnam's economy were announced");
  }
}
