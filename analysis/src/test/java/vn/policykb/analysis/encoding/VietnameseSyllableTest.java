package vn.policykb.analysis.encoding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseSyllableTest {

  @ParameterizedTest
  @ValueSource(strings = {"Việt", "Nam", "Hà", "Nội", "Bình", "xin", "chào", "các", "bạn", "người",
      "được", "không", "quốc", "gia", "giữa", "gì", "nghiêng", "khuya", "nguyễn", "chuyện", "quyết",
      "thuở", "khoẻ", "khỏe", "hoặc", "xoong", "yêu", "ở", "ý", "Đảng", "ĐẨY", "MẠNH", "tịch", "luật",
      "nghiệp", "khuỷu", "oái", "hướng", "rượu", "Huế", "thuế", "Vie\u0323\u0302t"})
  void acceptsVietnameseSyllables(String word) {
    assertTrue(VietnameseSyllable.isValid(word), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "B×nh", "Hµ", "Néi", "ViÖt", "chaøo", "café", "naïve", "Größe",
      "membrane", "strong", "where", "fjord", "zoo", "w", "cat", "at", "it", "but",
      // two tones in one syllable
      "hoàá",
      // a stop final takes only the acute or the dot below
      "viềt", "cảc", "bàt",
      // k, gh, ngh only before e, ê, i, y; c, g, ng never before them
      "ci", "ge", "ngi", "ka", "gha", "ngha",
      // no vowel, or a vowel sequence Vietnamese does not have
      "nh", "xyz", "oư", "iou"})
  void rejectsEverythingElse(String word) {
    assertFalse(VietnameseSyllable.isValid(word), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ki", "ghe", "nghi", "ca", "ga", "nga", "gìn", "kỳ"})
  void followsSpellingRulesForVelars(String word) {
    assertTrue(VietnameseSyllable.isValid(word), word);
  }
}
