package vn.policykb.analysis.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConversionVerdictTest {

  private static final List<String> WORDS = List.of("Việt", "Nam", "Hà", "Nội", "nhấn", "mạnh", "đổi", "mới",
      "the", "to", "an", "café", "où", "µm", "naïve", "Zürich", "北京", "—", "–", "…", "“Đây", "là”", "(Bộ", "trưởng)",
      "57-NQ/TW", "2.4%", "\u00A0", "\u0001", "\u0005", "x\u0002y", "a\u0301", "ö", "ÑÖ", "¸", "©");
  private static final List<String> SPACES = List.of(" ", " ", " ", "  ", "\n", "\t", "\r\n", "");

  /** A text of real and misread words: Vietnamese as written and as each encoding garbles it. */
  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int words = 1 + random.nextInt(40);
    for (int i = 0; i < words; i++) {
      String word = WORDS.get(random.nextInt(WORDS.size()));
      if (random.nextInt(3) == 0) {
        LegacyEncoding garbling = LegacyEncoding.values()[random.nextInt(LegacyEncoding.values().length)];
        word = Windows1252.decode(garbling.encode(word));
      }
      text.append(word).append(SPACES.get(random.nextInt(SPACES.size())));
    }
    return text.toString();
  }

  @Test
  void aVerdictFromDistinctTokensIsTheVerdictFromTheWholeText() {
    Random random = new Random(57_59_66_68L);
    int compared = 0;
    for (int i = 0; i < 3_000; i++) {
      String text = randomText(random);
      ConversionVerdict.Tokens tokens = ConversionVerdict.Tokens.of(text);
      for (LegacyEncoding encoding : LegacyEncoding.values()) {
        Optional<ConversionVerdict> fromTokens =
            ConversionVerdict.ofTokens(encoding, tokens, token -> LegacyTextRepair.reread(token, encoding));
        ConversionVerdict whole = ConversionVerdict.of(encoding, text, LegacyTextRepair.reread(text, encoding));
        if (fromTokens.isPresent()) {
          assertEquals(whole.withText(null), fromTokens.get(), () -> encoding + " on " + escape(text));
          compared++;
        }
      }
    }
    // the fallback to the whole text is for white space a re-reading makes, which is rare
    assertEquals(true, compared > 3_000 * LegacyEncoding.values().length * 9 / 10, "compared " + compared);
  }

  @Test
  void repairingReadsTheSameAsBefore() {
    Random random = new Random(2024);
    List<String> repaired = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String text = randomText(random);
      LegacyTextRepair.Repair repair = LegacyTextRepair.repair(text);
      // what repairing did before: the same gate, then every encoding tried on the whole text
      boolean candidate = text.chars().anyMatch(c -> c >= 0x80 && Windows1252.byteOf((char) c) >= 0);
      Optional<ConversionVerdict> whole = candidate
          ? ConversionVerdict.best(text, e -> LegacyTextRepair.reread(text, e)) : Optional.empty();
      assertEquals(whole.map(ConversionVerdict::text).orElse(text), repair.text(), () -> escape(text));
      if (repair.repaired()) {
        repaired.add(text);
      }
    }
    assertEquals(true, repaired.size() > 50, "repaired " + repaired.size());
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : Character.toString(c)));
    return out.toString();
  }
}
