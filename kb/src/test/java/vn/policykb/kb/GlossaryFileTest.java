package vn.policykb.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryFileTest {

  private final Problems problems = new Problems();

  @Test
  void readsTheTermsOfEachLineThePreferredFirst() {
    List<GlossaryEntry> entries = GlossaryFile.read("""
        # a comment before the header
        en\tvi\ttopics

        private sector|private economy\tkinh tế tư nhân|khu vực tư nhân\t68
        # a comment between rows
        innovation\tđổi mới sáng tạo\t57|general
        """, problems);

    assertThat(problems.all()).isEmpty();
    assertThat(entries).extracting(GlossaryEntry::line).containsExactly(4, 6);
    assertThat(entries.getFirst().en()).containsExactly("private sector", "private economy");
    assertThat(entries.getFirst().preferredVi()).isEqualTo("kinh tế tư nhân");
    assertThat(entries.get(1).topics()).containsExactly("57", "general");
  }

  @Test
  void aTermOnTwoLinesOfOneLanguageNamesBothLines() {
    List<GlossaryEntry> entries = GlossaryFile.read(
        "en\tvi\ttopics\nreform\tcải cách\tgeneral\nrenewal\tCai Cach\tgeneral\nreform|reform\tđổi mới\tgeneral\n", problems);

    assertThat(problems.all()).containsExactly(
        "glossary.tsv: line 3: Vietnamese term 'Cai Cach' is already on line 2 ('cải cách')",
        "glossary.tsv: line 4: English term 'reform' is already on line 2 ('reform')");
    assertThat(entries).as("a conflict is reported, the lines are still read").hasSize(3);
  }

  @Test
  void malformedLinesAreReportedAndLeftOut() {
    List<GlossaryEntry> entries = GlossaryFile.read(
        "en\tvi\ttopics\r\nreform\tcải cách|\t59\r\nstate\tnhà nước\tpolitics\r\n\tđổi mới\tgeneral\r\nlaw\tluật\r\n", problems);

    assertThat(problems.all()).containsExactly(
        "glossary.tsv: line 2: empty term in column 'vi' (a stray '|'?)",
        "glossary.tsv: line 3: unknown topic 'politics' (expected one of 57, 59, 66, 68, general)",
        "glossary.tsv: line 4: missing required column 'en'",
        "glossary.tsv: line 5: expected 3 tab-separated columns (en, vi, topics), found 2");
    assertThat(entries).extracting(GlossaryEntry::preferredEn).containsExactly("reform", "state");
  }

  @Test
  void theHeaderIsRequired() {
    GlossaryFile.read("en\tvi\nreform\tcải cách\tgeneral\n", problems);
    GlossaryFile.read("# only a comment\n\n", problems);

    assertThat(problems.all()).containsExactly(
        "glossary.tsv: line 1: the header must be 'en<TAB>vi<TAB>topics', not 'en\tvi'",
        "glossary.tsv: no header line 'en<TAB>vi<TAB>topics'");
  }

  @Test
  void termsAreReadInNfc() {
    String decomposed = "chuye\u0302\u0309n đo\u0302\u0309i so\u0302\u0301";
    List<GlossaryEntry> entries = GlossaryFile.read("en\tvi\ttopics\ndigital transformation\t" + decomposed + "\t57\n", problems);

    assertThat(entries.getFirst().vi()).containsExactly("chuyển đổi số");
  }
}
