package vn.policykb.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseToneMarksTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // old placement -> modern placement
      "hoà, hòa", "thuỷ, thủy", "khoẻ, khỏe", "hoá, hóa", "uỷ, ủy", "loà, lòa", "tuỳ, tùy",
      // already modern, or one place only: unchanged
      "hòa, hòa", "thủy, thủy", "hoàng, hoàng", "toán, toán", "người, người", "việt, việt",
      "mùa, mùa", "cửa, cửa", "hài, hài", "cháo, cháo", "khuỷu, khuỷu", "xoáy, xoáy", "hoài, hoài",
      "thuở, thuở", "yêu, yêu", "khuyến, khuyến", "giường, giường", "giữa, giữa", "huỳnh, huỳnh",
      // gi and qu: the i and u belong to the consonant, unless no other vowel follows
      "quý, quý", "quà, quà", "gì, gì", "già, già", "gìn, gìn", "quỳnh, quỳnh",
      // a mark typed on the wrong vowel
      "vịêt, việt", "lựơng, lượng", "baỏ, bảo", "đaị, đại", "nguờì, nguờì", "muốn, muốn",
      // not a Vietnamese syllable, or no tone: left alone
      "café, café", "résumé, résumé", "naïve, naïve", "covid, covid", "2024, 2024", "tô, tô",
  })
  void placesTheToneByTheModernRule(String input, String expected) {
    assertEquals(expected, VietnameseToneMarks.placeTone(input));
  }
}
