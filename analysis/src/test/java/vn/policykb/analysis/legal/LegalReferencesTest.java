package vn.policykb.analysis.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LegalReferencesTest {

  static Stream<Arguments> references() {
    return Stream.of(
        Arguments.of("Nghị quyết 57-NQ/TW của Bộ Chính trị", List.of("57-nq/tw", "nq:57")),
        Arguments.of("theo Nghị quyết số 57/NQ-TW", List.of("57-nq/tw", "nq:57")),
        Arguments.of("Resolution 57 NQ/TW", List.of("57-nq/tw", "nq:57")),
        Arguments.of("nghi quyet 57-nq/tw", List.of("57-nq/tw", "nq:57")),
        Arguments.of("Decision No. 1131/QĐ-TTg", List.of("qd:1131", "1131/qd-ttg")),
        Arguments.of("quyet dinh 1131/QD-TTg", List.of("qd:1131", "1131/qd-ttg")),
        Arguments.of("Nghị định 15/2020/NĐ-CP", List.of("nd:15", "15/2020/nd-cp")),
        Arguments.of("Nghị quyết 198/2025/QH15 của Quốc hội", List.of("198/2025/qh15")),
        Arguments.of("Thông tư 13/2023/TT-BTC", List.of("13/2023/tt-btc", "tt:13")),
        Arguments.of("Kết luận 45-KL/TW", List.of("45-kl/tw", "kl:45")),
        Arguments.of("Chỉ thị 05-CT/TW.", List.of("5-ct/tw", "ct:5")),
        Arguments.of("(57-NQ/TW)", List.of("57-nq/tw", "nq:57")),
        Arguments.of("NQ 57", List.of("nq:57")),
        Arguments.of("NQ57 và NQ 68", List.of("nq:57", "nq:68")),
        Arguments.of("Nghị quyết số 68", List.of("nq:68")),
        Arguments.of("nghi quyet so 68 ve kinh te tu nhan", List.of("nq:68")),
        Arguments.of("Resolution No. 57 on science", List.of("nq:57")),
        Arguments.of("Resolution No 66", List.of("nq:66")),
        Arguments.of("resolution number 59", List.of("nq:59")),
        Arguments.of("Resolutions 57, 59, 66 and 68", List.of("nq:57", "nq:59", "nq:66", "nq:68")),
        Arguments.of("các Nghị quyết số 57, 59, 66, 68 của Bộ Chính trị", List.of("nq:57", "nq:59", "nq:66", "nq:68")),
        Arguments.of("Nghị quyết 57 và 68", List.of("nq:57", "nq:68")),
        Arguments.of("RESOLUTION 68", List.of("nq:68")),
        Arguments.of(Normalizer.normalize("Nghị quyết số 68", Normalizer.Form.NFC), List.of("nq:68")),
        Arguments.of("Decree 15 and Directive 5", List.of("nd:15", "ct:5")),
        // not references
        Arguments.of("57 experts attended", List.of()),
        Arguments.of("năm 2025", List.of()),
        Arguments.of("68 tỷ đồng", List.of()),
        Arguments.of("ngày 1/8/2014", List.of()),
        Arguments.of("tăng 2,4%", List.of()),
        Arguments.of("COVID-19 và G20", List.of()),
        Arguments.of("Nghị quyết này có hiệu lực", List.of()),
        Arguments.of("Article 57 and Điều 68", List.of()),
        Arguments.of("gọi 0912-345-678", List.of()),
        Arguments.of("Resolution 57.5 percent", List.of()),
        Arguments.of("nq 57%", List.of()),
        Arguments.of("Su-57 và S-400", List.of()),
        Arguments.of("57 nq", List.of()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("references")
  void findsEveryCommonSpellingAndNothingElse(String text, List<String> keys) {
    assertEquals(new java.util.TreeSet<>(keys), new java.util.TreeSet<>(LegalReferences.keys(text)), text);
  }

  @Test
  void offsetsPointAtTheMention() {
    String text = "Theo Nghị quyết số 57-NQ/TW, và NQ 68.";
    List<LegalReference> refs = LegalReferences.find(text);
    // the words before a full symbol are part of it: one mention, found by both keys
    assertEquals(List.of("57-NQ/TW", "NQ 68"),
        refs.stream().map(r -> text.substring(r.start(), r.end())).toList());
  }

  @Test
  void aListKeepsEachNumbersOwnSpan() {
    String text = "Resolutions 57 and 68";
    assertEquals(List.of("Resolutions 57", "68"),
        LegalReferences.find(text).stream().map(r -> text.substring(r.start(), r.end())).toList());
  }

  @Test
  void aKindWordEndingALineDoesNotNameTheNumberOpeningTheNext() {
    assertEquals(List.of(), LegalReferences.keys("57 experts back the resolution\n57 experts attended"));
    assertEquals(List.of(), LegalReferences.keys("Quốc hội thông qua nghị quyết\n57 đại biểu tán thành"));
    assertEquals(List.of("nq:57"), LegalReferences.keys("the Politburo's Resolution 57 on science"));
  }

  @Test
  void theKindsWordsBeforeASymbolStartTheReference() {
    for (String text : List.of("Nghị định 13/2023/NĐ-CP", "nghi dinh so 13/2023/ND-CP", "Decree No. 13/2023/ND-CP")) {
      LegalReference ref = LegalReferences.find(text).getFirst();
      assertEquals(0, LegalReferences.startWithKind(text, ref), text);
    }
    String text = "bảo vệ dữ liệu 13/2023/NĐ-CP";
    LegalReference ref = LegalReferences.find(text).getFirst();
    assertEquals(ref.start(), LegalReferences.startWithKind(text, ref));
  }
}
