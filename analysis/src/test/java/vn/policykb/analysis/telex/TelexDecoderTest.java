package vn.policykb.analysis.telex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelexDecoderTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // the tone key at the end of the word
      "nghij, nghị", "quyeets, quyết", "toongr, tổng", "bis, bí", "thuw, thư", "too, tô", "laam, lâm",
      "vieetj, việt", "nguwowif, người", "dduwowngf, đường", "hoaf, hòa", "thuyr, thủy", "khoer, khỏe",
      "giuwax, giữa", "gif, gì", "quys, quý", "chuyeenj, chuyện", "khuyur, khuỷu", "nghieeng, nghiêng",
      "awn, ăn", "ddawngr, đẳng", "luaatj, luật", "nuwowcs, nước", "hojc, học", "sinh, sinh",
      // the tone key right after the vowel, the shape keys later
      "ddoofng, đồng", "quyeest, quyết", "toorng, tổng", "vieejt, việt", "dduwofng, đường", "hofa, hòa",
      "nuwocws, nước", "nguoiwf, người", "dduongwf, đường", "tieengs, tiếng", "tiengse, tiếng",
      // ươ typed in full, ư and ơ in brackets
      "nguwowif, người", "ng][if, người", "d][ngf, dường",
      // upper case kept, the modifier keys' case does not matter
      "Nghij, Nghị", "NGHIJ, NGHỊ", "DDaif, Đài", "DDAIF, ĐÀI", "Ddaif, Đài", "HAf, HÀ", "Vieetj, Việt",
      // z takes the tone off, a tone key replaces the one before
      "basz, ba", "basf, bà", "tieesngz, tiêng",
  })
  void decodesRealSyllables(String keys, String syllable) {
    assertEquals(List.of(syllable), TelexDecoder.decode(keys).stream().limit(1).toList(), keys);
  }

  @ParameterizedTest
  @CsvSource({"thuowr, thuở", "muwa, mưa", "quawng, quăng", "xoong, xoong"})
  void keepsEveryWellFormedReading(String keys, String syllable) {
    List<String> readings = TelexDecoder.decode(keys);
    assertTrue(readings.contains(syllable), keys + " -> " + readings);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // a key pressed twice is undone, and what is left is no syllable
      "ass", "boss", "offer", "dddi",
      // English words whose keys make no Vietnamese syllable
      "free", "seed", "week", "what", "strong", "yes", "windows", "access",
      // not keys at all
      "", "việt", "57", "covid-19"})
  void decodesNoneWhereTheKeysMakeNoSyllable(String keys) {
    assertEquals(List.of(), TelexDecoder.decode(keys), keys);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"to, to", "lam, lam", "nghi, nghi", "the, the"})
  void leavesUnaccentedSyllablesAsTheyAre(String keys, String syllable) {
    assertEquals(List.of(syllable), TelexDecoder.decode(keys));
  }
}
