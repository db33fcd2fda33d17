package vn.policykb.web.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.analysis.legal.LegalReferences;

class LegalCitationsTest {

  /** The citations enrichment keeps: every key but the resolutions'. */
  private static List<String> citations(String text) {
    return LegalReferences.keys(text).stream().filter(key -> !key.startsWith("nq:")).toList();
  }

  @Test
  void aSymbolIsShownAsTheArticleWritesIt() {
    String text = "Theo Quyết định số 1131/QĐ-TTg và Nghị định 15/2020/NĐ-CP, Bộ đã triển khai.";

    assertThat(LegalCitations.display(citations(text), text)).containsExactly("1131/QĐ-TTg", "15/2020/NĐ-CP");
  }

  @Test
  void theFirstSpellingWinsAndABareNumberWithASymbolIsShownOnce() {
    String text = "Decision 1131/QD-TTg followed. Later, decision 1131/QĐ-TTg and Quyết định 1131 were cited.";

    assertThat(LegalCitations.display(citations(text), text)).containsExactly("1131/QD-TTg");
  }

  @Test
  void aKeyTheTextDoesNotSpellIsShownInUpperCase() {
    assertThat(LegalCitations.display(List.of("1131/qd-ttg", "qd:1131", "qd:2000"), "No reference here."))
        .containsExactly("1131/QD-TTG", "QD 2000");
  }
}
