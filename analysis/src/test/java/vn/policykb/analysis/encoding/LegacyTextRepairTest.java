package vn.policykb.analysis.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.policykb.analysis.TextNormalization;

class LegacyTextRepairTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Ninh B×nh                  | Ninh Bình        | TCVN3
      Hµ Néi                     | Hà Nội           | TCVN3
      ViÖt Nam                   | Việt Nam         | TCVN3
      Xin chaøo caùc baïn        | Xin chào các bạn | VNI
      Vieät Nam                  | Việt Nam         | VNI
      Haø Noäi                   | Hà Nội           | VNI
      Viêòt Nam                  | Việt Nam         | WINDOWS_1258
      """)
  void repairsShortMojibake(String mojibake, String expected, LegacyEncoding encoding) {
    LegacyTextRepair.Repair repair = LegacyTextRepair.repair(mojibake);
    assertEquals(expected, repair.text());
    assertEquals(encoding, repair.encoding());
    assertTrue(repair.repaired());
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void repairsAParagraphMisreadAsWindows1252(LegacyEncoding encoding) {
    String mojibake = Windows1252.decode(encoding.encode(VietnameseSamples.PARAGRAPH));
    LegacyTextRepair.Repair repair = LegacyTextRepair.repair(mojibake);
    assertEquals(VietnameseSamples.PARAGRAPH, repair.text());
    assertEquals(encoding, repair.encoding());
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void repairsAParagraphMisreadAsLatin1(LegacyEncoding encoding) {
    // ISO-8859-1 turns 0x80 to 0x9F into C1 controls instead of Windows punctuation
    String mojibake = new String(encoding.encode(VietnameseSamples.PARAGRAPH), StandardCharsets.ISO_8859_1);
    assertEquals(VietnameseSamples.PARAGRAPH, LegacyTextRepair.repair(mojibake).text());
  }

  @Test
  void repairsTcvn3WithWindowsQuotesAndDashes() {
    String text = "“Đây là nhiệm vụ trọng tâm” – Bộ trưởng nhấn mạnh… Người dân được hưởng lợi.";
    String mojibake = Windows1252.decode(LegacyEncoding.TCVN3.encode(text));
    assertEquals(text, LegacyTextRepair.repair(mojibake).text());
  }

  @Test
  void keepsCharactersNoByteCanHaveProduced() {
    String mojibake = Windows1252.decode(LegacyEncoding.VNI.encode(VietnameseSamples.PARAGRAPH));
    LegacyTextRepair.Repair repair = LegacyTextRepair.repair("東京 " + mojibake + " →");
    assertEquals("東京 " + VietnameseSamples.PARAGRAPH + " →", repair.text());
    assertEquals(LegacyEncoding.VNI, repair.encoding());
  }

  @Test
  void repairedTextIsNfc() {
    String repaired = LegacyTextRepair.repair("Viêòt Nam ðaÞ ðôÒi mõìi").text();
    assertEquals("Việt Nam đã đổi mới", repaired);
    assertEquals(TextNormalization.nfc(repaired), repaired);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "Plain ASCII text about resolution 57-NQ/TW.",
      "café",
      "naïve",
      "Größe",
      "3 × 4",
      "5 µm",
      "The membrane has 5 µm pores and 3 µm gaps; 2 × 3 × 4 = 24 and the café serves a naïve crème brûlée.",
      "Le gouvernement a présenté jeudi un projet de loi très attendu sur la sécurité, où l'on trouve"
          + " des mesures déjà annoncées à l'été. Où en est-on ? Là où il faut, dit le ministre.",
      "Je ne sais pas où il est. Où ? Là où il habite.",
      "Die Größe des Marktes überrascht die Ökonomen: Änderungen der Zölle würden den Außenhandel"
          + " stärken, heißt es in München.",
      "El niño comió piña en España; el señor está aquí.",
      "Theo Bộ Kế hoạch và Đầu tư, trong năm 2024 tổng vốn đầu tư nước ngoài vào Việt Nam đạt gần 38 tỷ USD.",
      "Tôi là sinh viên",
      "Cà phê sữa đá",
      "Hội nghị APEC Economic Leaders' Meeting tổ chức tại Đà Nẵng; the Deputy Prime Minister said the"
          + " event was a success for Vietnam's diplomacy.",
      "Vie\u0323\u0302t Nam va\u0300 Ha\u0300 No\u0323\u0302i",
      "“Quoted” English – with dashes… and ™ signs • bullets",
  })
  void leavesCorrectTextAlone(String text) {
    LegacyTextRepair.Repair repair = LegacyTextRepair.repair(text);
    assertSame(text, repair.text());
    assertNull(repair.encoding());
    assertFalse(repair.repaired());
  }

  @Test
  void leavesCorrectVietnameseParagraphAlone() {
    assertSame(VietnameseSamples.PARAGRAPH, LegacyTextRepair.repair(VietnameseSamples.PARAGRAPH).text());
  }
}
