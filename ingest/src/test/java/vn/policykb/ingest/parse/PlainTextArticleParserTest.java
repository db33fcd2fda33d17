package vn.policykb.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.parse.PlainTextArticleParser.ParsedText;

class PlainTextArticleParserTest {

  private static ParsedText seed(String name) throws Exception {
    return PlainTextArticleParser.parse(TestCorpus.read(name));
  }

  @Test
  void readsTheDateMarker() throws Exception {
    assertThat(seed(TestCorpus.SEED_000).date()).isEqualTo(LocalDate.of(2025, 8, 10));
    assertThat(seed(TestCorpus.SEED_001).date()).isEqualTo(LocalDate.of(2025, 8, 12));
    assertThat(seed(TestCorpus.SEED_002).date()).isEqualTo(LocalDate.of(2025, 8, 10));
  }

  @Test
  void hasNoDateWhereTheTextGivesNone() throws Exception {
    assertThat(seed(TestCorpus.SEED_003).date()).isNull();
    assertThat(seed(TestCorpus.SEED_004).date()).isNull();
  }

  @Test
  void tellsTheLanguage() throws Exception {
    assertThat(seed(TestCorpus.SEED_000).lang()).isEqualTo("en");
    assertThat(seed(TestCorpus.SEED_001).lang()).isEqualTo("en");
    assertThat(seed(TestCorpus.SEED_002).lang()).isEqualTo("vi");
    assertThat(seed(TestCorpus.SEED_003).lang()).isEqualTo("en");
    assertThat(seed(TestCorpus.SEED_004).lang()).isEqualTo("en");
  }

  @Test
  void takesTheTitleLine() throws Exception {
    ParsedText text = seed(TestCorpus.SEED_004);
    assertThat(text.title()).isEqualTo("Resolution 57 to help Vietnam develop sustainably: Vietnamese intellectual in Japan");
    assertThat(text.body()).startsWith("The Politburo’s Resolution 57-NQ/TW holds strategic significance");
  }

  @Test
  void takesTheFirstSentenceWhereThereIsNoTitleLine() throws Exception {
    assertThat(seed(TestCorpus.SEED_000).title()).isEqualTo(
        "Party General Secretary Tô Lâm on Sunday urged the Vietnam Innovation Network in Korea, the Republic"
            + " of Korea (RoK)-based branch of a global organisation, to promote its role as a key bridge…");
    assertThat(seed(TestCorpus.SEED_003).title())
        .startsWith("Southeast Asia Information Port News (www.dnyxxg.com) – On the morning of November 26th");
  }

  @Test
  void separatesTheDateline() throws Exception {
    ParsedText seoul = seed(TestCorpus.SEED_000);
    assertThat(seoul.dateline()).isEqualTo("SEOUL");
    assertThat(seoul.body()).startsWith("Party General Secretary Tô Lâm on Sunday");

    ParsedText tokyo = seed(TestCorpus.SEED_004);
    assertThat(tokyo.dateline()).isEqualTo("Tokyo");
    assertThat(tokyo.source()).isEqualTo("VNA");
    assertThat(tokyo.body()).contains("\n\nThe Politburo’s Resolution 57-NQ/TW on breakthroughs");
    assertThat(tokyo.body()).doesNotContain("Tokyo (VNA) -");
  }

  @Test
  void takesTheAgencySignOffOutOfTheBody() throws Exception {
    ParsedText vns = seed(TestCorpus.SEED_000);
    assertThat(vns.source()).isEqualTo("VNS");
    assertThat(vns.body()).endsWith("into specific, high value-added solutions and products.");

    ParsedText vnaVns = seed(TestCorpus.SEED_001);
    assertThat(vnaVns.source()).isEqualTo("VNA");
    assertThat(vnaVns.body()).endsWith("and technology support for SMEs.");

    assertThat(seed(TestCorpus.SEED_003).body()).endsWith("participating both online and offline.");
  }

  @Test
  void dropsTheRelatedArticlesBlock() throws Exception {
    ParsedText text = seed(TestCorpus.SEED_004);
    assertThat(text.body())
        .endsWith("without requiring their full-time presence.")
        .doesNotContain("See more")
        .doesNotContain("Vietnam Semiconductor Innovation Centre");
  }

  @Test
  void storesDecomposedTextAsNfc() throws Exception {
    String raw = TestCorpus.read(TestCorpus.SEED_002);
    // the seed really is mixed: tone marks as separate combining characters
    assertThat(raw).contains("ng\u01B0\u01A1\u0300i Vi\u00EA\u0323t");
    ParsedText text = seed(TestCorpus.SEED_002);
    assertThat(text.body()).doesNotContain("\u0300").doesNotContain("\u0323").contains("người Việt");
  }

  @Test
  void keepsAWordThatOnlyLooksLikeASignOff() throws Exception {
    ParsedText text = PlainTextArticleParser.parse("A title\n\nThe figures were shared with VNA");
    assertThat(text.body()).isEqualTo("The figures were shared with VNA");
    assertThat(text.source()).isNull();
  }

  @Test
  void rejectsTextWithNothingInIt() {
    assertThatThrownBy(() -> PlainTextArticleParser.parse(" date 2025-01-01 \n\n  \n"))
        .isInstanceOf(RejectedInputException.class)
        .hasMessage("no text");
  }
}
